// The PDF writer for the bekwaamheidsdossier: the text really ends up in the PDF, markup in the
// text stays text, and a failed write leaves nothing behind.
#include "reports/report_pdf.h"
#include "test_support.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using kw::test::pdfText;

namespace {

ReportDocument sample()
{
    ReportDocument d;
    d.title = QStringLiteral("Persoonlijk ontwikkelplan 2026–2027");
    d.subtitle = QStringLiteral("Kindcentrum De Regenboog · Noëlle de Vries");
    ReportSection goal;
    goal.heading = QStringLiteral("Leerlingen eigenaarschap geven");
    goal.paragraphs << QStringLiteral("Waarom: Eigenaarschap; thema Maatwerk.")
                    << QStringLiteral("Succes is <b>zichtbaar</b> & meetbaar.");
    goal.table.header << QStringLiteral("Actie") << QStringLiteral("Wanneer")
                      << QStringLiteral("Klaar");
    goal.table.rows << QStringList { QStringLiteral("Weektaak samen plannen"),
        QStringLiteral("1 dec. 2026"), QStringLiteral("ja") };
    d.sections << goal;
    d.footer = QStringLiteral("Gemaakt met Kernwijzer op 22 november 2026");
    return d;
}

} // namespace

class TstReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void everyTextEndsUpInThePdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pop.pdf"));
        QVERIFY(writeReportPdf(sample(), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString text = pdfText(path);
        for (const QString& piece :
            { QStringLiteral("Persoonlijk ontwikkelplan 2026–2027"),
                QStringLiteral("Noëlle de Vries"), QStringLiteral("Leerlingen eigenaarschap geven"),
                QStringLiteral("Weektaak samen plannen"),
                QStringLiteral("Succes is <b>zichtbaar</b> & meetbaar.") })
            QVERIFY2(text.contains(piece), qPrintable(piece + QStringLiteral(" not in: ") + text));
    }

    void markupInTextIsEscaped()
    {
        const QString html = reportHtml(sample());
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;zichtbaar&lt;/b&gt; &amp; meetbaar")));
        QVERIFY(!html.contains(QStringLiteral("<b>zichtbaar</b>")));
    }

    void failedWriteLeavesTheOldFileAndNoOther()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nergens/pop.pdf"));
        const Status s = writeReportPdf(sample(), missing);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("pop.pdf")));
        QVERIFY(!QFile::exists(missing));

        const QString path = dir.filePath(QStringLiteral("pop.pdf"));
        QVERIFY(writeReportPdf(sample(), path).ok());
        ReportDocument other = sample();
        other.title = QStringLiteral("Tweede versie");
        QVERIFY(writeReportPdf(other, path).ok());
        QVERIFY(pdfText(path).contains(QStringLiteral("Tweede versie")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
    }

    void allTextListsEveryPiece()
    {
        const QStringList text = sample().allText();
        QVERIFY(text.contains(QStringLiteral("Weektaak samen plannen")));
        QVERIFY(text.contains(QStringLiteral("Gemaakt met Kernwijzer op 22 november 2026")));
    }
};

QTEST_MAIN(TstReportPdf)
#include "tst_report_pdf.moc"
