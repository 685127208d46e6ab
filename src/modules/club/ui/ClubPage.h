#pragma once
#include "club/services/ClubService.h"
#include "ui/shell/Module.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace crm::ui {
class EmptyState;
}

namespace crm::ui::leads {
class LeadsTab;
}

namespace crm::ui::club {

class GiftsTab;
class ActivitiesTab;
class ServicesTab;
class ClubReportTab;

// The club desk. Members: find a member by card, name or mobile; the member's cards, tier and
// points; every card and points step; the statement on screen, printed, as PDF or spreadsheet.
// The other tabs (gifts, activities, services, leads, figures) live in ClubTabs.
class ClubPage final : public QWidget {
    Q_OBJECT
public:
    ClubPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    void openMember(qint64 memberId);
    qint64 currentMember() const { return m_member ? m_member->id : 0; }
    // The statement of the member on screen as a printable document.
    QString statementHtml() const;
    Status saveStatementPdf(const QString &path) const;
    Status saveCardPdf(const QString &path) const;

private:
    void find();
    void loadMembers(bool more);
    void showMember(qint64 id);
    void enrol();
    void reportLost();
    void reissue();
    void issueCard();
    void addPoints();
    void redeemGift();
    void adjust();
    void cancelMembership();
    void printStatement();
    void exportStatement();
    QString selectedCard() const;
    void done(const Status &s, const QString &title);

    AppContext &m_app;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_tier;
    QTreeWidget *m_list;
    QPushButton *m_more;
    QWidget *m_panel;
    EmptyState *m_empty;
    QLabel *m_header;
    QTreeWidget *m_cards;
    QTreeWidget *m_statement;
    QList<QPushButton *> m_actions;
    std::optional<services::MemberView> m_member;
    QList<services::StatementLine> m_lines;
    qint64 m_lastId = 0;
    GiftsTab *m_gifts = nullptr;
    ActivitiesTab *m_activities = nullptr;
    ServicesTab *m_services = nullptr;
    leads::LeadsTab *m_leads = nullptr;
    ClubReportTab *m_report = nullptr;
};

} // namespace crm::ui::club
