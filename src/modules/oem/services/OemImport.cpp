// OemService: the manufacturer's files brought home — their survey results and their hotline's
// complaint tickets — and their scores beside ours.
#include "oem/services/OemService.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/data/ComplaintRepository.h"
#include "complaints/services/ComplaintService.h"
#include "core/Csv.h"
#include "core/Mobile.h"
#include "data/Transaction.h"
#include "oem/data/OemImportRepository.h"
#include "services/SettingsService.h"
#include "surveys/services/SurveyService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {

// The row's cell of a field (the first column mapped to it), or "".
QString cell(const QStringList &row, const QStringList &mapping, const QString &field)
{
    const qsizetype at = mapping.indexOf(field);
    return at >= 0 ? row.value(at).trimmed() : QString();
}

// A deadline as the manufacturer writes it (local): a date and time, or a day (its end).
QDateTime deadlineOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    for (const QString &f : {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy/M/d H:mm"_s, u"yyyy/M/d H:mm:ss"_s}) {
        const QDateTime at = QDateTime::fromString(t, f);
        if (at.isValid())
            return at.toUTC();
    }
    const QDate day = parseLooseDate(t);
    return day.isValid() ? QDateTime(day, QTime(23, 59)).toUTC() : QDateTime();
}

QString mobileOf(const QString &text)
{
    auto m = Mobile::normalise(text);
    return m ? *m : QString();
}

QString levelOf(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.contains(u"重大"_s) || t == u"major"_s || t == u"a"_s)
        return u"major"_s;
    if (t.contains(u"升级"_s) || t.contains(u"紧急"_s) || t == u"escalated"_s || t == u"b"_s)
        return u"escalated"_s;
    return u"normal"_s;
}

QString categoryOf(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QList<QPair<QString, QString>> words{
        // The more particular word first: 维修质量 is the workshop's, not the product's.
        {u"维修"_s, u"repair_quality"_s},
        {u"产品"_s, u"product_quality"_s},
        {u"质量"_s, u"product_quality"_s},
        {u"态度"_s, u"service_attitude"_s},
        {u"价格"_s, u"price"_s},
        {u"费用"_s, u"price"_s},
        {u"交付"_s, u"delivery_paperwork"_s},
        {u"手续"_s, u"delivery_paperwork"_s},
        {u"配件"_s, u"parts"_s}};
    for (const QString &id :
         {u"product_quality"_s, u"repair_quality"_s, u"service_attitude"_s, u"price"_s, u"delivery_paperwork"_s, u"parts"_s})
        if (t == id)
            return id;
    for (const auto &[word, id] : words)
        if (t.contains(word))
            return id;
    return u"other"_s;
}

} // namespace

Result<OemImportResult> OemService::importFile(const Session &who, oem::ImportKind kind, const ImportTable &table,
                                               const QStringList &mapping, const Progress &progress,
                                               const std::atomic<bool> *cancel)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("import the manufacturer's files")));
    if (kind == oem::ImportKind::Tickets)
        CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("import the manufacturer's complaint tickets")));
    if (mapping.size() != table.headers.size())
        return Error::invalid(tr("Mapping: give each of the %1 columns a meaning or leave it out.").arg(table.headers.size()));
    if (const QString missing = oem::mappingProblem(kind, mapping); !missing.isEmpty())
        return Error::invalid(missing);
    return kind == oem::ImportKind::Surveys ? importSurveys(who, table, mapping, progress, cancel)
                                            : importTickets(who, table, mapping, progress, cancel);
}

Result<OemImportResult> OemService::importSurveys(const Session &who, const ImportTable &table, const QStringList &mapping,
                                                  const Progress &progress, const std::atomic<bool> *cancel)
{
    const int lowScore = SettingsService(m_ctx).intValue(settings::kOemLowScore);
    const bool mayOpen = who.can(Permission::HandleComplaints);
    OemImportResult r;
    struct Parsed {
        int line;
        data::OemSurveyRow row;
    };
    QList<Parsed> rows;
    QStringList vins;
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &cells = table.rows[i];
        const int line = i + 2;
        data::OemSurveyRow s;
        s.type = cell(cells, mapping, u"survey_type"_s).toUpper();
        if (s.type.isEmpty())
            s.type = u"OEM"_s;
        const QDate day = parseLooseDate(cell(cells, mapping, u"survey_date"_s));
        s.vin = cell(cells, mapping, u"vin"_s).toUpper().remove(u' ');
        const auto overall = oem::overallScore(s.type, cell(cells, mapping, u"overall"_s));
        if (!day.isValid()) {
            r.rejected << ImportRejection{line, tr("Survey date: %1 is not a date.").arg(cell(cells, mapping, u"survey_date"_s))};
            continue;
        }
        if (s.vin.isEmpty()) {
            r.rejected << ImportRejection{line, tr("VIN: empty.")};
            continue;
        }
        if (!overall) {
            r.rejected << ImportRejection{
                line,
                tr("Overall score: %1 is not a score (0–100, NPS 0–10 or 0–1000).").arg(cell(cells, mapping, u"overall"_s))};
            continue;
        }
        s.date = day.toString(Qt::ISODate);
        s.overall = *overall;
        s.orderNo = cell(cells, mapping, u"order_no"_s);
        s.staff = cell(cells, mapping, u"staff"_s);
        s.verbatim = cell(cells, mapping, u"verbatim"_s).left(4000);
        const QString id = cell(cells, mapping, u"survey_id"_s);
        s.sourceKey = id.isEmpty() ? s.type + u'|' + s.vin + u'|' + s.date : u"id|"_s + id;
        QJsonObject scores;
        for (int c = 0; c < mapping.size(); ++c)
            if (mapping[c] == u"question"_s && !cells.value(c).trimmed().isEmpty())
                scores.insert(table.headers[c], cells.value(c).trimmed());
        s.scoresJson = QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact));
        s.importedAt = at;
        s.importedBy = who.username;
        rows << Parsed{line, s};
        vins << s.vin;
    }
    data::OemImportRepository repo(m_ctx.db);
    vins.removeDuplicates();
    auto owners = repo.owners(vins);
    if (!owners)
        return owners.error();

    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (int i = 0; i < rows.size(); ++i) {
        if (cancel && cancel->load())
            return Error::invalid(tr("Import cancelled: nothing was imported."));
        if (progress && i % 500 == 0)
            progress(i, int(rows.size()));
        Parsed &p = rows[i];
        const auto owner = owners->constFind(p.row.vin);
        if (owner == owners->cend()) {
            r.notFound << ImportRejection{p.line, tr("VIN %1 is not in the archive.").arg(p.row.vin)};
            continue;
        }
        ++r.matched;
        p.row.vehicleId = owner->vehicleId;
        p.row.customerId = owner->customerId;
        auto id = repo.insertSurvey(p.row);
        if (!id)
            return id.error();
        if (!*id) {
            ++r.already;
            continue;
        }
        ++r.imported;
        if (p.row.overall >= lowScore)
            continue;
        if (!mayOpen) {
            ++r.lowWithoutComplaint;
            continue;
        }
        // The same closed loop as our own surveys: a low score is a complaint to look into, once
        // (a re-import finds the row and stops above).
        ComplaintInput c;
        c.customerId = p.row.customerId;
        c.vehicleId = p.row.vehicleId;
        c.channel = u"survey"_s;
        c.category = p.row.type.contains(u"SSI"_s)   ? u"delivery_paperwork"_s
                     : p.row.type.contains(u"CSI"_s) ? u"repair_quality"_s
                                                     : u"other"_s;
        c.description = tr("The manufacturer's %1 survey of %2 scored %3 of 100 (advisor or consultant: %4).")
                            .arg(p.row.type, p.row.date)
                            .arg(p.row.overall)
                            .arg(p.row.staff.isEmpty() ? tr("not named") : p.row.staff) +
                        (p.row.verbatim.isEmpty() ? QString() : u"\n"_s + p.row.verbatim);
        auto complaint = ComplaintService(m_ctx).registerComplaint(who, c);
        if (!complaint)
            return complaint.error();
        CRM_TRY(repo.setSurveyComplaint(*id, complaint->id));
        ++r.complaints;
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"import"_s,
                          u"oem_survey_results"_s,
                          {},
                          {},
                          {{u"imported"_s, r.imported},
                           {u"matched"_s, r.matched},
                           {u"not_found"_s, int(r.notFound.size())},
                           {u"rejected"_s, int(r.rejected.size())},
                           {u"complaints"_s, r.complaints}},
                          {}}));
    CRM_TRY(tx.commit());
    if (progress)
        progress(int(rows.size()), int(rows.size()));
    return r;
}

Result<OemImportResult> OemService::importTickets(const Session &who, const ImportTable &table, const QStringList &mapping,
                                                  const Progress &progress, const std::atomic<bool> *cancel)
{
    OemImportResult r;
    QStringList vins, mobiles;
    for (const QStringList &cells : table.rows) {
        vins << cell(cells, mapping, u"vin"_s).toUpper().remove(u' ');
        mobiles << mobileOf(cell(cells, mapping, u"mobile"_s));
    }
    data::OemImportRepository repo(m_ctx.db);
    vins.removeAll(QString());
    mobiles.removeAll(QString());
    auto owners = repo.owners(vins);
    if (!owners)
        return owners.error();
    auto byMobile = data::CustomerRepository(m_ctx.db).customerIdsByMobile(mobiles);
    if (!byMobile)
        return byMobile.error();
    data::ComplaintRepository complaints(m_ctx.db);

    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (int i = 0; i < table.rows.size(); ++i) {
        if (cancel && cancel->load())
            return Error::invalid(tr("Import cancelled: nothing was imported."));
        if (progress && i % 100 == 0)
            progress(i, int(table.rows.size()));
        const QStringList &cells = table.rows[i];
        const int line = i + 2;
        const QString ticket = cell(cells, mapping, u"ticket"_s);
        const QString content = cell(cells, mapping, u"content"_s);
        if (ticket.isEmpty() || content.isEmpty()) {
            r.rejected << ImportRejection{line, ticket.isEmpty() ? tr("Ticket number: empty.") : tr("Complaint content: empty.")};
            continue;
        }
        const QString replyText = cell(cells, mapping, u"reply_due"_s);
        const QString closeText = cell(cells, mapping, u"close_due"_s);
        const QDateTime replyDue = deadlineOf(replyText);
        const QDateTime closeDue = deadlineOf(closeText);
        if ((!replyText.isEmpty() && !replyDue.isValid()) || (!closeText.isEmpty() && !closeDue.isValid())) {
            r.rejected << ImportRejection{
                line, tr("Deadline: %1 is not a date and time.").arg(replyDue.isValid() ? closeText : replyText)};
            continue;
        }
        const QString vin = cell(cells, mapping, u"vin"_s).toUpper().remove(u' ');
        const QString mobile = mobileOf(cell(cells, mapping, u"mobile"_s));
        qint64 customer = 0, vehicle = 0;
        if (const auto o = owners->constFind(vin); !vin.isEmpty() && o != owners->cend()) {
            customer = o->customerId;
            vehicle = o->vehicleId;
        } else if (!mobile.isEmpty()) {
            customer = byMobile->value(mobile);
        }
        if (!customer) {
            r.notFound << ImportRejection{
                line, tr("Ticket %1: no customer with VIN %2 or mobile %3 in the archive.")
                          .arg(ticket, vin.isEmpty() ? u"—"_s : vin, mobile.isEmpty() ? u"—"_s : Mobile::masked(mobile))};
            continue;
        }
        ++r.matched;
        auto existing = complaints.byOemTicket(ticket);
        if (!existing)
            return existing.error();
        if (*existing) {
            ++r.already; // registered before (by an earlier import, or by hand with their number)
            continue;
        }
        ComplaintInput c;
        c.customerId = customer;
        c.vehicleId = vehicle;
        c.channel = u"oem_hotline"_s;
        c.category = categoryOf(cell(cells, mapping, u"category"_s));
        c.level = levelOf(cell(cells, mapping, u"level"_s));
        c.oemTicket = ticket;
        c.description = content.left(4000);
        c.demand = cell(cells, mapping, u"demand"_s).left(2000);
        auto created = ComplaintService(m_ctx).registerComplaint(who, c);
        if (!created)
            return Error::invalid(tr("Line %1: %2").arg(line).arg(created.error().message));
        if (replyDue.isValid() || closeDue.isValid())
            CRM_TRY(complaints.setOemDeadlines(created->id, replyDue, closeDue));
        ++r.imported;
        ++r.complaints;
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"import"_s,
                          u"complaints"_s,
                          {},
                          {},
                          {{u"source"_s, u"oem_hotline"_s},
                           {u"imported"_s, r.imported},
                           {u"matched"_s, r.matched},
                           {u"not_found"_s, int(r.notFound.size())},
                           {u"rejected"_s, int(r.rejected.size())}},
                          {}}));
    CRM_TRY(tx.commit());
    if (progress)
        progress(int(table.rows.size()), int(table.rows.size()));
    return r;
}

Status OemService::writeImportReport(const QString &path, const ImportTable &table, const OemImportResult &r)
{
    ImportResult all;
    all.rejected = r.rejected + r.notFound;
    std::sort(all.rejected.begin(), all.rejected.end(),
              [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    return ImportService::writeRejections(path, table, all);
}

Result<QList<ScoreGap>> OemService::comparison(const Session &who, const QDate &from, const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("the manufacturer's scores")));
    const int lowScore = SettingsService(m_ctx).intValue(settings::kOemLowScore);
    auto theirs = data::OemImportRepository(m_ctx.db).scoresByStaff(from, to, lowScore);
    if (!theirs)
        return theirs.error();
    QHash<QString, SurveyScore> ours;
    if (who.can(Permission::WorkFollowups)) { // our scores are the desk's (the supervisor sees theirs only)
        auto scores = SurveyService(m_ctx).scores(who, from, to, u"staff"_s);
        if (!scores)
            return scores.error();
        for (const SurveyScore &s : *scores)
            ours.insert(s.label.isEmpty() ? s.key : s.label, s);
    }
    QList<ScoreGap> out;
    for (const data::OemStaffScore &t : *theirs) {
        ScoreGap g{t.staff, t.surveys, t.average, t.low, 0, std::nullopt};
        if (const auto it = ours.constFind(t.staff); it != ours.cend()) {
            g.ourResponses = it->responses;
            if (const auto index = it->index())
                g.ours = *index / 10.0; // our index runs to 1,000
        }
        out << g;
    }
    return out;
}

} // namespace crm::services
