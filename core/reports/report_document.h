#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kw {

/** A table in a report: a header row and rows of plain-text cells. */
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
};

/** A titled part of a report: paragraphs, then an optional table. All text is plain text. */
struct ReportSection
{
    QString heading;
    QStringList paragraphs;
    ReportTable table;
};

/**
 * A printable document (for the bekwaamheidsdossier): what it says, not how it looks. Builders
 * decide the content; report_pdf writes it, so what a report may contain is visible in one place.
 */
struct ReportDocument
{
    QString title;
    QString subtitle;
    QList<ReportSection> sections;
    QString footer; ///< e.g. "Gemaakt met Kernwijzer op 22 november 2026"

    /** Every piece of text in the document, for tests that check what it does (not) contain. */
    QStringList allText() const;
};

} // namespace kw
