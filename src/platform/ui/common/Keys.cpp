#include "ui/common/Keys.h"

using namespace Qt::StringLiterals;

namespace crm::ui {

QKeySequence Keys::sequence(PageKey key)
{
    switch (key) {
    case PageKey::New:
        return QKeySequence::New;
    case PageKey::Refresh:
        return QKeySequence::Refresh;
    case PageKey::Print:
        return QKeySequence::Print;
    case PageKey::CustomerImport:
        return QKeySequence(Qt::CTRL | Qt::Key_I);
    case PageKey::CustomerEdit:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    case PageKey::CallOutcome1:
        return QKeySequence(Qt::ALT | Qt::Key_1);
    case PageKey::CallSaveNext:
        return QKeySequence(Qt::CTRL | Qt::Key_Return);
    case PageKey::CallSaveNextKeypad:
        return QKeySequence(Qt::CTRL | Qt::Key_Enter);
    case PageKey::CallBackToQueue:
        return QKeySequence(Qt::Key_Escape);
    case PageKey::PeriodPrevious:
        return QKeySequence(Qt::ALT | Qt::Key_Left);
    case PageKey::PeriodNext:
        return QKeySequence(Qt::ALT | Qt::Key_Right);
    case PageKey::TileOpen:
        return QKeySequence(Qt::Key_Return);
    case PageKey::ExportResults:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    case PageKey::OemUpload:
        return QKeySequence(Qt::CTRL | Qt::Key_G);
    case PageKey::OemSaveTemplate:
        return QKeySequence::Save;
    case PageKey::InboundSave:
        return QKeySequence(Qt::CTRL | Qt::Key_Return);
    }
    return {};
}

QList<PageKeyRow> Keys::table()
{
    auto text = [](PageKey k) { return sequence(k).toString(QKeySequence::NativeText); };
    const QString lists = tr("Lists and cards"), calls = tr("Call desk"), board = tr("Manager's board and appointment book");
    return {
        {PageKey::New, text(PageKey::New), lists,
         tr("New customer, user, complaint, appointment, campaign or template on its page")},
        {PageKey::Refresh, text(PageKey::Refresh), lists, tr("Read the list again")},
        {PageKey::Print, text(PageKey::Print), lists, tr("Print the report, statement or day sheet")},
        {PageKey::CustomerImport, text(PageKey::CustomerImport), lists, tr("Import customers")},
        {PageKey::CustomerEdit, text(PageKey::CustomerEdit), lists, tr("Edit the open customer")},
        {PageKey::ExportResults, text(PageKey::ExportResults), lists, tr("Campaigns and usage: export what the page shows")},
        {PageKey::OemUpload, text(PageKey::OemUpload), lists, tr("Manufacturer's files: make the upload file")},
        {PageKey::OemSaveTemplate, text(PageKey::OemSaveTemplate), lists, tr("Manufacturer's files: save the template")},
        {PageKey::CallOutcome1,
         tr("%1 … %2").arg(text(PageKey::CallOutcome1), QKeySequence(Qt::ALT | Qt::Key_6).toString(QKeySequence::NativeText)),
         calls, tr("The call's outcome")},
        {PageKey::CallSaveNext, text(PageKey::CallSaveNext), calls, tr("Save the call and open the next task")},
        {PageKey::CallBackToQueue, text(PageKey::CallBackToQueue), calls,
         tr("Back to the queue (↑ / ↓ and Enter choose a task)")},
        {PageKey::InboundSave, text(PageKey::InboundSave), calls, tr("Inbound call: save it")},
        {PageKey::PeriodPrevious, tr("%1 / %2").arg(text(PageKey::PeriodPrevious), text(PageKey::PeriodNext)), board,
         tr("Previous / next week, month or day")},
        {PageKey::TileOpen, text(PageKey::TileOpen), board, tr("On a figure: list the records behind it")},
    };
}

} // namespace crm::ui
