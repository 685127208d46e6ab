#pragma once
#include "archives/data/CustomerRepository.h"
#include "services/Guard.h"
#include "services/Session.h"

#include <QAbstractTableModel>
#include <QSet>

namespace crm::ui::archives {

// The archive list as a window over the whole result. It opens with one page; once the
// list's count is known (setTotal, counted by the page's worker) the view gets every row, and a
// row is read when the view asks for it: the page after a held page by key, a page far away by
// OFFSET from the nearer end (CustomerRepository::cursorAt). Only the kPagesKept pages used
// last are held, so scrolling a million rows costs what is on screen. Before the count arrives
// the list grows page by page (canFetchMore/fetchMore).
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Gender, Mobile, City, Models, Plates, LastContact, Source, Vip, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 12;

    // pageSize: rows read at once (tests use small pages to exercise the window on little data).
    CustomerListModel(services::Context ctx, services::Session session, QObject *parent = nullptr, int pageSize = kPageSize);
    int pageSize() const { return m_pageSize; }

    const data::CustomerQuery &query() const { return m_query; }
    // Runs the query now and shows its first page.
    void setQuery(const data::CustomerQuery &q);
    // Shows a first page computed elsewhere (the search worker) for this query.
    void setFirstPage(const data::CustomerQuery &q, const QList<data::CustomerListRow> &rows);
    // The number of rows the query has (from the count worker): the view gets them all.
    void setTotal(qint64 total);
    bool totalKnown() const { return m_totalKnown; }
    int pagesHeld() const { return int(m_pages.size()); }
    int pagesAsked() const { return m_pagesAsked; } // page queries run since construction
    // The row, read from the database when its page is not held. The pointer lasts until the
    // model reads another page.
    const data::CustomerListRow *rowAt(int row) const;
    // Where this customer is among the rows held, or -1.
    int rowOf(qint64 customerId) const;
    const Error *lastError() const { return m_error ? &*m_error : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Header clicks: name and city sort in SQL; any other column returns to newest first.
    void sort(int column, Qt::SortOrder order) override;

signals:
    void queryChanged();

private:
    // The page (kPageSize rows from page * kPageSize), read if it is not held. Reading a page
    // is not a change of the model (the rows were always there), so a const view may do it.
    const QList<data::CustomerListRow> *pageAt(int page) const;
    void resetTo(const data::CustomerQuery &q, QList<data::CustomerListRow> first);

    services::Context m_ctx;
    services::Session m_session;
    const int m_pageSize;
    data::CustomerQuery m_query;
    int m_rows = 0;            // what the view sees
    bool m_totalKnown = false; // m_rows is the whole list (not the pages fetched so far)
    bool m_inserting = false;
    mutable QHash<int, QList<data::CustomerListRow>> m_pages;
    mutable QList<int> m_recent; // the pages held, least recently used first
    mutable std::optional<Error> m_error;
    // Pages that failed or lie past the end (the count was older than a delete): not asked
    // again until the list is reset — a view paints each row of a page, and every row would
    // re-run the failing query. A refresh (F5) resets.
    mutable QSet<int> m_missing;
    mutable int m_pagesAsked = 0;
};

} // namespace crm::ui::archives
