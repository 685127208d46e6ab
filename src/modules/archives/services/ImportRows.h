#pragma once
// Between the files of ImportService: one row of a file, checked and turned into the
// archive's rows (ImportService.cpp), and the chunked import that writes them (ImportChunks.cpp).
#include "archives/data/CustomerRepository.h"
#include "archives/services/ImportService.h"

#include <optional>

namespace crm::services {

struct ParsedRow {
    data::CustomerRow customer;
    bool hasName = false;
    std::optional<data::VehicleRow> vehicle;
    std::optional<data::ServiceVisitRow> visit; // vehicle and customer ids filled in later
};

// Every check of one row, through the same rules the forms use. The first problem found is the reason.
Result<ParsedRow> parseRow(const QHash<ImportField, QString> &v);

} // namespace crm::services
