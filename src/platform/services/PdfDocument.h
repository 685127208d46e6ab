#pragma once
#include "core/Result.h"

#include <QPageLayout>

class QTextDocument;

namespace crm::services {

// Writes a rich-text document as an A4 PDF (Chinese fonts embedded by Qt), atomically through
// QSaveFile so a failed write leaves no half file. Every PDF the program makes goes through here
// so they share the page, the margins and the 96-dpi layout their HTML widths and point sizes
// assume (at the writer's native 1200 dpi the text comes out tiny).
Status writePdf(QTextDocument &doc, const QString &path, const QString &title,
                QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace crm::services
