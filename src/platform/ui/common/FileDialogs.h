#pragma once
#include <QString>

class QWidget;

namespace crm::ui {

// Open and save dialogs that start where the user last was: the folder of the last file opened
// or saved (the import's source file, so its rejected rows land beside it), else Documents —
// never the program's working folder. Same arguments as QFileDialog's static functions.
QString askOpenPath(QWidget *parent, const QString &caption, const QString &dir = {}, const QString &filter = {});
QString askSavePath(QWidget *parent, const QString &caption, const QString &suggested = {}, const QString &filter = {});
// Where a dialog given `suggested` starts: an absolute path as it is, a bare name in the last
// used folder. Shown for tests.
QString startPath(const QString &suggested);
void rememberFolderOf(const QString &path);

} // namespace crm::ui
