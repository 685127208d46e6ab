#include "services/PdfDocument.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace crm::services {

Status writePdf(QTextDocument &doc, const QString &path, const QString &title, QPageLayout::Orientation orientation)
{
    auto failed = [&](const QString &why) {
        return Error::io(QCoreApplication::translate("crm::services::PdfDocument", "Could not write %1: %2").arg(path, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(u"DealerCRM"_s);
        writer.setResolution(96);
        doc.setPageSize(QSizeF(writer.width(), writer.height()));
        doc.print(&writer);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace crm::services
