#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
const QString kLastFolder = u"ui/lastFolder"_s;

QString lastFolder()
{
    const QString stored = QSettings().value(kLastFolder).toString();
    if (!stored.isEmpty() && QDir(stored).exists())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

QString startPath(const QString &suggested)
{
    if (!suggested.isEmpty() && QFileInfo(suggested).isAbsolute())
        return suggested;
    return suggested.isEmpty() ? lastFolder() : QDir(lastFolder()).filePath(suggested);
}

void rememberFolderOf(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(kLastFolder, QFileInfo(path).absolutePath());
}

QString askOpenPath(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, startPath(dir), filter);
    rememberFolderOf(path);
    return path;
}

QString askSavePath(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, caption, startPath(suggested), filter);
    rememberFolderOf(path);
    return path;
}

} // namespace crm::ui
