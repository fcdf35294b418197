#include "cli/command_args.h"
#include "cli/commands.h"
#include "pop/pop_year.h"
#include "pop/school_year.h"
#include "reports/pop_report.h"
#include "reports/report_pdf.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>

namespace kw::cli {

namespace {

/** Whether @p a and @p b name the same file (also through a link), so --out never hits --db. */
bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.absoluteFilePath() == fb.absoluteFilePath())
        return true;
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

} // namespace

int runPopExport(const Context& ctx)
{
    const QCommandLineOption out({ QStringLiteral("out") },
        QStringLiteral("The PDF to write (replaced if it exists)."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption& year = schoolYearOption();
    const QCommandLineOption withText({ QStringLiteral("with-reflection-text") },
        QStringLiteral("Also print the text of reflections linked as evidence (default: only "
                       "their day and kernwaarden)."));
    const CommandArgs a(ctx,
        { QStringLiteral("Write your POP and professionaliseringsuren of a school year as a PDF "
                         "for your bekwaamheidsdossier. Wellbeing check-ins are never included."),
            { out, year, withText }, { &out } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto schoolYear = a.schoolYear(year, schoolYearOf(ctx.clock.today()), code);
    if (!schoolYear)
        return code;
    if (a.value(out).isEmpty())
        return a.usage(QStringLiteral("--out takes the path of the PDF to write."));
    const QString path = QFileInfo(a.value(out)).absoluteFilePath();
    if (sameFile(path, a.dbPath()))
        return a.failed(QStringLiteral("--out is the journal itself; choose another file."));
    // Qt lays the PDF out with real fonts, which only a QGuiApplication provides (main.cpp starts
    // one for this command); without it QTextDocument would crash.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return a.failed(QStringLiteral("pop export needs a QGuiApplication to lay out the PDF."));

    auto open = a.open(false, code);
    if (!open)
        return code;
    TeacherSession& journal = *open;
    auto popYear = journal.popYear(*schoolYear);
    if (!popYear)
        return a.failed(popYear.error());
    PopReportOptions options;
    options.includeReflectionText = a.isSet(withText);
    const ReportDocument document
        = popReport(*popYear, journal.profile(), options, ctx.clock.today(), QLocale::c());
    if (Status s = writeReportPdf(document, path); !s)
        return a.failed(s.error());

    const auto goals = popYear->goals.size();
    const auto entries = popYear->hoursEntries.size();
    return a.print(
        QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("goals"), int(goals) },
            { QStringLiteral("hoursEntries"), int(entries) },
            { QStringLiteral("schoolYear"), *schoolYear } },
        QStringLiteral("Wrote %1 (%2 %3, %4 hours %5).")
            .arg(path)
            .arg(goals)
            .arg(goals == 1 ? QStringLiteral("goal") : QStringLiteral("goals"))
            .arg(entries)
            .arg(entries == 1 ? QStringLiteral("entry") : QStringLiteral("entries")));
}

} // namespace kw::cli
