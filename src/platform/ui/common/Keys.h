#pragma once
#include <QCoreApplication>
#include <QKeySequence>
#include <QList>

namespace crm::ui {

// The keys the pages answer to. The pages take their sequences from here and Help → Keyboard
// shortcuts lists this table beside the menus' own actions, so the list cannot drift from what
// works. A page key that is not here is not listed: add it here first.
enum class PageKey {
    New,            // a new record of the page's kind
    Refresh,        // read the list again
    Print,          // print what the page shows
    CustomerImport, // customers: import a DMS export
    CustomerEdit,   // customers: edit the open customer
    CallOutcome1,   // call desk: Alt+1 … Alt+6 choose the outcome (the first; the rest follow)
    CallSaveNext,   // call desk: save the call and open the next task
    CallSaveNextKeypad,
    CallBackToQueue,
    PeriodPrevious, // board and appointment book
    PeriodNext,
    TileOpen,      // board: the records behind a figure
    ExportResults, // campaigns, usage: export what the page shows
    OemUpload,     // manufacturer's files: make the upload file
    OemSaveTemplate,
    InboundSave, // the inbound call's dialog
};

struct PageKeyRow {
    PageKey key;
    QString keys;  // as the user reads it ("Alt+1 … Alt+6")
    QString group; // where it works
    QString what;
};

class Keys {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::Keys)
public:
    static QKeySequence sequence(PageKey key);
    // Every page key with where it works and what it does, translated, for Help → Keyboard shortcuts.
    static QList<PageKeyRow> table();
};

} // namespace crm::ui
