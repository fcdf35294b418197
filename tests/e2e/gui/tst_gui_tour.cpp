// Drives the real kernwijzer executable as the e2e tests and the README's demo command do.
#include "storage/database.h"
#include "teacher/teacher_schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** The pages the tour visits at @p size: a goal has a page of its own only on a phone. */
QStringList pagesAt(QSize size)
{
    QStringList pages { QStringLiteral("journal"), QStringLiteral("search"),
        QStringLiteral("entry"), QStringLiteral("kernwaarden"), QStringLiteral("pop"),
        QStringLiteral("pop-export") };
    if (size.width() < 600)
        pages << QStringLiteral("goal");
    pages << QStringLiteral("goal-editor") << QStringLiteral("hours") << QStringLiteral("wellbeing")
          << QStringLiteral("trends") << QStringLiteral("checkin") << QStringLiteral("settings")
          << QStringLiteral("backup") << QStringLiteral("restore") << QStringLiteral("exchange")
          << QStringLiteral("contribution") << QStringLiteral("gesprek")
          << QStringLiteral("gesprek-prepare") << QStringLiteral("gesprek-preview")
          << QStringLiteral("gesprek-verslag")
          // The app lock: its settings, the PIN dialog, the lock screen, the way out, the wait.
          << QStringLiteral("settings-lock") << QStringLiteral("lock-pin") << QStringLiteral("lock")
          << QStringLiteral("lock-forgot") << QStringLiteral("lock-wait");
    return pages;
}
// The demo school's kernwaarde colours: the pages that show kernwaarden draw these exactly.
const QList<QRgb> valueColours { 0xFF1565C0, 0xFF2E7D32, 0xFFC62828, 0xFF6A1B9A, 0xFFE65100 };

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("KERNWIJZER_NOW"), QStringLiteral("2026-11-20T10:00:00"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KW_APP_PATH), args);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        return { -1, {}, QStringLiteral("timed out") };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            seen.insert(image.pixel(x, y));
    }
    return int(seen.size());
}

int valueColoursShown(const QImage& image)
{
    QSet<QRgb> found;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = image.pixel(x, y) | 0xFF000000;
            if (valueColours.contains(px))
                found.insert(px);
        }
    }
    return int(found.size());
}

} // namespace

class TstGuiTour : public QObject
{
    Q_OBJECT

    /** The screenshots of @p pages that @p run wrote into @p dir at @p size, by page: each
     * reported, drawn at that size, not blank and no repeat of another (a failed check ends the
     * test; the result is then incomplete). */
    QHash<QString, QImage> expectPages(
        const QTemporaryDir& dir, const Run& run, QSize size, const QStringList& pages)
    {
        const QString sizeArg = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QHash<QString, QImage> images;
        for (const QString& page : pages) {
            const QString file = dir.filePath(QStringLiteral("%1-%2.png").arg(page, sizeArg));
            const QImage image(file);
            if (!run.out.contains(file) || image.isNull() || image.size() != size) {
                QTest::qFail(qPrintable(QStringLiteral("not written at %1: %2").arg(sizeArg, file)),
                    __FILE__, __LINE__);
                return images;
            }
            if (distinctColours(image) <= 40) {
                QTest::qFail(qPrintable(page + QStringLiteral(" looks blank")), __FILE__, __LINE__);
                return images;
            }
            for (auto earlier = images.cbegin(); earlier != images.cend(); ++earlier) {
                if (earlier.value() == image) {
                    QTest::qFail(qPrintable(page + QStringLiteral(" repeats ") + earlier.key()),
                        __FILE__, __LINE__);
                    return images;
                }
            }
            images.insert(page, image);
        }
        return images;
    }

private slots:
    void selfTestPassesWithoutWarnings()
    {
        const Run run = runApp({ QStringLiteral("--self-test") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(run.err));
    }

    void screenshotsShowEveryPage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("phone") << QSize(390, 844);
        QTest::newRow("tablet") << QSize(1024, 768);
        QTest::newRow("desktop") << QSize(1440, 900);
    }

    void screenshotsShowEveryPage()
    {
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString sizeArg = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        const Run run = runApp({ QStringLiteral("--screenshot"), dir.path(),
            QStringLiteral("--size"), sizeArg, QStringLiteral("--lang"), QStringLiteral("nl") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QHash<QString, QImage> images = expectPages(dir, run, size, pagesAt(size));
        // Pages that show kernwaarden draw their colours; hours, wellbeing, check-in and settings
        // do not.
        for (const char* page :
            { "journal", "search", "entry", "kernwaarden", "pop", "goal", "goal-editor" }) {
            if (images.contains(QLatin1String(page)))
                QVERIFY2(valueColoursShown(images[QLatin1String(page)]) >= 2,
                    qPrintable(QLatin1String(page) + QStringLiteral(" shows no kernwaarden")));
        }
    }

    void schoolRolesShowEveryPage_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("pages");
        const QStringList hr { QStringLiteral("hr-overview"), QStringLiteral("hr-trends"),
            QStringLiteral("hr-heatmap"), QStringLiteral("hr-werkdruk"),
            QStringLiteral("hr-kernwaarden"), QStringLiteral("hr-export"),
            QStringLiteral("hr-releases"), QStringLiteral("hr-profile"),
            QStringLiteral("hr-bestuur"), QStringLiteral("hr-keys"),
            QStringLiteral("hr-settings") };
        const QStringList custodian { QStringLiteral("custodian-inbox"),
            QStringLiteral("custodian-release"), QStringLiteral("custodian-profile"),
            QStringLiteral("custodian-keys"), QStringLiteral("custodian-settings") };
        for (const QSize size : { QSize(1440, 900), QSize(1024, 768) }) {
            const QByteArray at = QByteArray::number(size.width());
            QTest::newRow("hr " + at) << QStringLiteral("hr") << size << hr;
            QTest::newRow("custodian " + at)
                << QStringLiteral("vertrouwenshouder") << size << custodian;
        }
        // The team leader on a tablet, both ways up, on the demo school's leader.
        const QStringList leader { QStringLiteral("leader-conversations"),
            QStringLiteral("leader-teachers"), QStringLiteral("leader-conversation"),
            QStringLiteral("leader-gespreksmodus"), QStringLiteral("leader-turned"),
            QStringLiteral("leader-profile"), QStringLiteral("leader-keys"),
            QStringLiteral("leader-settings") };
        for (const QSize size : { QSize(1024, 768), QSize(768, 1024) })
            QTest::newRow("leader " + QByteArray::number(size.width()))
                << QStringLiteral("leidinggevende") << size << leader;
    }

    void schoolRolesShowEveryPage()
    {
        QFETCH(QString, role);
        QFETCH(QSize, size);
        QFETCH(QStringList, pages);
        QTemporaryDir dir;
        const QString sizeArg = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        const Run run = runApp({ QStringLiteral("--screenshot"), dir.path(),
            QStringLiteral("--role"), role, QStringLiteral("--size"), sizeArg,
            QStringLiteral("--lang"), QStringLiteral("nl") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(run.err));
        expectPages(dir, run, size, pages);
    }

    void newerJournalShowsReasonAndStaysUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            auto db = kw::sql::Database::open(path, kw::teacherSchema());
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("PRAGMA user_version = 99").ok());
        }
        const QByteArray before = sha256(path);
        const Run run = runApp({ QStringLiteral("--self-test"), QStringLiteral("--db"), path });
        QVERIFY(run.exitCode != 0);
        QVERIFY2(
            run.err.contains(QStringLiteral("newer version of Kernwijzer")), qPrintable(run.err));
        QCOMPARE(sha256(path), before);
    }

    void badCommandLineIsRefused()
    {
        const Run run = runApp({ QStringLiteral("--size"), QStringLiteral("huge") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--size")));
    }
};

QTEST_GUILESS_MAIN(TstGuiTour)
#include "tst_gui_tour.moc"
