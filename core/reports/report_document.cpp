#include "reports/report_document.h"

namespace kw {

QStringList ReportDocument::allText() const
{
    QStringList text { title, subtitle, footer };
    for (const ReportSection& s : sections) {
        text << s.heading << s.paragraphs << s.table.header;
        for (const ReportChart& c : s.charts) {
            text << c.title << c.rows << c.columns << c.notes;
            for (const ChartValue& v : c.values)
                text << v.label << v.text << v.mark;
        }
        for (const QStringList& row : s.table.rows)
            text << row;
    }
    return text;
}

} // namespace kw
