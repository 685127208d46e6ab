#pragma once
#include "data/CustomerRepository.h"
#include "services/Session.h"
#include "services/Guard.h"

#include <QAbstractTableModel>

namespace crm::ui::archives {

// The archive list. Opens with one page and fetches the next keyset page as the view
// scrolls (canFetchMore/fetchMore), so a million customers cost what is on screen.
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Gender, Mobile, City, Models, Plates, LastContact, Source, Vip, ColumnCount };
    static constexpr int kPageSize = 200;

    CustomerListModel(services::Context ctx, services::Session session, QObject *parent = nullptr);

    const data::CustomerQuery &query() const { return m_query; }
    // Runs the query now and shows its first page.
    void setQuery(const data::CustomerQuery &q);
    // Shows a first page computed elsewhere (the search worker) for this query.
    void setFirstPage(const data::CustomerQuery &q, const QList<data::CustomerListRow> &rows);
    const data::CustomerListRow *rowAt(int row) const;
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
    QList<data::CustomerListRow> load(const std::optional<data::ListCursor> &after);

    services::Context m_ctx;
    services::Session m_session;
    data::CustomerQuery m_query;
    QList<data::CustomerListRow> m_rows;
    bool m_atEnd = true;
    std::optional<Error> m_error;
};

} // namespace crm::ui::archives
