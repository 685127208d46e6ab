<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n case(s) need attention; %1 new reminder(s) raised.</source>
        <translation>
            <numerusform>%n case needs attention; new reminders raised: %1.</numerusform>
            <numerusform>%n cases need attention; new reminders raised: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) added, %1 already there, %2 rejected.</source>
        <translation>
            <numerusform>%n lead added, %1 already there, %2 rejected.</numerusform>
            <numerusform>%n leads added, %1 already there, %2 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention; %1 new reminder(s) raised.</source>
        <translation>
            <numerusform>%n item needs attention; %1 new reminder(s) raised.</numerusform>
            <numerusform>%n items need attention; %1 new reminder(s) raised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %n row(s) written to %2, SHA-256 %3</source>
        <translation>
            <numerusform>batch %1: %n row written to %2, SHA-256 %3</numerusform>
            <numerusform>batch %1: %n rows written to %2, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive  %1 (%2): %n day(s) without a sign-in</source>
        <translation>
            <numerusform>inactive  %1 (%2): %n day without a sign-in</numerusform>
            <numerusform>inactive  %1 (%2): %n days without a sign-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n session.</numerusform>
            <numerusform>%n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n request.</numerusform>
            <numerusform>%n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n customer(s) again that the erasure ledger lists (the database was restored from a backup).</source>
        <translation>
            <numerusform>Erased %n customer again that the erasure ledger lists (the database was restored from a backup).</numerusform>
            <numerusform>Erased %n customers again that the erasure ledger lists (the database was restored from a backup).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nightly: %n job(s) failed: %1</source>
        <translation>
            <numerusform>nightly: %n job failed: %1</numerusform>
            <numerusform>nightly: %n jobs failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::services::CampaignService</name>
    <message numerus="yes">
        <source>Came for service within %n day(s) of the answer</source>
        <translation>
            <numerusform>Came for service within %n day of the answer</numerusform>
            <numerusform>Came for service within %n days of the answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::services::DashboardService</name>
    <message numerus="yes">
        <source>%1 of %2 members reached in %n day(s)</source>
        <translation>
            <numerusform>%1 of %2 members reached in %n day</numerusform>
            <numerusform>%1 of %2 members reached in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members not reached in the %n day(s) to %1</source>
        <translation>
            <numerusform>Members not reached in the %n day to %1</numerusform>
            <numerusform>Members not reached in the %n days to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::services::FollowupReportService</name>
    <message numerus="yes">
        <source>Members reached in the last %n day(s)</source>
        <translation>
            <numerusform>Members reached in the last %n day</numerusform>
            <numerusform>Members reached in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::services::UserService</name>
    <message numerus="yes">
        <source>Wrong password too many times: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Wrong password too many times: this account is now locked for %n minute.</numerusform>
            <numerusform>Wrong password too many times: this account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n new follow-up task(s) for today.</source>
        <translation>
            <numerusform>%n new follow-up task for today.</numerusform>
            <numerusform>%n new follow-up tasks for today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Last backup %1; %n kept in %2.</source>
        <translation>
            <numerusform>Last backup %1; %n kept in %2.</numerusform>
            <numerusform>Last backup %1; %n kept in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::UsagePage</name>
    <message numerus="yes">
        <source>%n person(s) at work</source>
        <translation>
            <numerusform>%n person at work</numerusform>
            <numerusform>%n people at work</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::ArchivesPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::CustomerCard</name>
    <message numerus="yes">
        <source>Backups made before now still hold the customer until they rotate out, within %n day(s); a database restored from one erases them again before anyone works on it.</source>
        <translation>
            <numerusform>Backups made before now still hold the customer until they rotate out, within %n day; a database restored from one erases them again before anyone works on it.</numerusform>
            <numerusform>Backups made before now still hold the customer until they rotate out, within %n days; a database restored from one erases them again before anyone works on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::DataQualityPage</name>
    <message numerus="yes">
        <source>Merge %n later record(s) into %1, the oldest record? Their vehicles, visits and history move over.</source>
        <translation>
            <numerusform>Merge %n later record into %1, the oldest record? Their vehicles, visits and history move over.</numerusform>
            <numerusform>Merge %n later records into %1, the oldest record? Their vehicles, visits and history move over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::ImportDialog</name>
    <message numerus="yes">
        <source>%n data row(s), encoding %1. Check which field each column goes to; rows are matched on the VIN, then the mobile, so importing the same file again adds nothing twice.</source>
        <translation>
            <numerusform>%n data row, encoding %1. Check which field each column goes to; rows are matched on the VIN, then the mobile, so importing the same file again adds nothing twice.</numerusform>
            <numerusform>%n data rows, encoding %1. Check which field each column goes to; rows are matched on the VIN, then the mobile, so importing the same file again adds nothing twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::campaigns::CampaignsPage</name>
    <message numerus="yes">
        <source>service amount %1 yuan within %n day(s) of the answer</source>
        <translation>
            <numerusform>service amount %1 yuan within %n day of the answer</numerusform>
            <numerusform>service amount %1 yuan within %n days of the answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::campaigns::CustomerActions</name>
    <message numerus="yes">
        <source>Add %n customer(s) to:</source>
        <translation>
            <numerusform>Add %n customer to:</numerusform>
            <numerusform>Add %n customers to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::club::ActivitiesTab</name>
    <message numerus="yes">
        <source>%n registration(s), %1 checked in</source>
        <translation>
            <numerusform>%n registration, %1 checked in</numerusform>
            <numerusform>%n registrations, %1 checked in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::complaints::ComplaintsPage</name>
    <message numerus="yes">
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>%n day imported.</numerusform>
            <numerusform>%n days imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::dashboard::DrillDialog</name>
    <message numerus="yes">
        <source>The first %n record(s); narrow the period to see the rest.</source>
        <translation>
            <numerusform>The first %n record; narrow the period to see the rest.</numerusform>
            <numerusform>The first %n records; narrow the period to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n record. Double-click one to open it.</numerusform>
            <numerusform>%n records. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::feedback::FeedbackPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n item(s)</source>
        <translation>
            <numerusform>%1 — %2: %n item</numerusform>
            <numerusform>%1 — %2: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::followups::CallDeskPage</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new task(s) for today.</source>
        <translation>
            <numerusform>%n new task for today.</numerusform>
            <numerusform>%n new tasks for today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opt-out recorded; %n open task(s) cancelled.</source>
        <translation>
            <numerusform>Opt-out recorded; %n open task cancelled.</numerusform>
            <numerusform>Opt-out recorded; %n open tasks cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::leads::LeadsTab</name>
    <message numerus="yes">
        <source>%n lead(s) overdue for contact</source>
        <translation>
            <numerusform>%n lead overdue for contact</numerusform>
            <numerusform>%n leads overdue for contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) added, %1 already there, %2 rejected.</source>
        <translation>
            <numerusform>%n lead added, %1 already there, %2 rejected.</numerusform>
            <numerusform>%n leads added, %1 already there, %2 rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::oem::OemImportTab</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n row, %2</numerusform>
            <numerusform>%1: %n rows, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::oem::OemPage</name>
    <message numerus="yes">
        <source>%n row(s) written to %1.
SHA-256: %2
The upload log keeps what was sent.</source>
        <translation>
            <numerusform>%n row written to %1.
SHA-256: %2
The upload log keeps what was sent.</numerusform>
            <numerusform>%n rows written to %1.
SHA-256: %2
The upload log keeps what was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::privacy::RetentionPage</name>
    <message numerus="yes">
        <source>%n customer(s) with no purchase, visit, call or consent since %1 (%2 years).</source>
        <translation>
            <numerusform>%n customer with no purchase, visit, call or consent since %1 (%2 years).</numerusform>
            <numerusform>%n customers with no purchase, visit, call or consent since %1 (%2 years).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) never converted since %1.</source>
        <translation>
            <numerusform>%n lead never converted since %1.</numerusform>
            <numerusform>%n leads never converted since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call note(s) from before %1.</source>
        <translation>
            <numerusform>%n call note from before %1.</numerusform>
            <numerusform>%n call notes from before %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n customer(s)? Names, phones and addresses are removed for good; service, complaint and points records stay without the person. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of %n customer? Names, phones and addresses are removed for good; service, complaint and points records stay without the person. This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of %n customers? Names, phones and addresses are removed for good; service, complaint and points records stay without the person. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the name, mobile and notes of %n lead(s) never converted?</source>
        <translation>
            <numerusform>Erase the name, mobile and notes of %n lead never converted?</numerusform>
            <numerusform>Erase the name, mobile and notes of %n leads never converted?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the notes of %n old call(s)?</source>
        <translation>
            <numerusform>Clear the notes of %n old call?</numerusform>
            <numerusform>Clear the notes of %n old calls?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::surveys::SurveysPage</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
</TS>
