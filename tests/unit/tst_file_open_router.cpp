// Files the system asks the app to open ("Open with" on macOS, "Open in" on iOS, the command
// line elsewhere) reach the window's importProfile(), and other events pass untouched.
#include "file_open_router.h"

#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QTest>

namespace {

/** Stands in for Main.qml: records what importProfile() was asked to open. */
class Window : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
    Q_INVOKABLE void importProfile(const QVariant& url) { opened << url.toUrl(); }
};

/** Counts the User events that reach it. Filters run newest first, so one installed before the
 * router only sees what the router let through. */
class Recorder : public QObject
{
public:
    int seen = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        seen += event->type() == QEvent::User ? 1 : 0;
        return false;
    }
};

} // namespace

class TstFileOpenRouter : public QObject
{
    Q_OBJECT

private slots:
    void systemFileOpenReachesTheImport()
    {
        Window window;
        kw::platform::FileOpenRouter router(&window);
        QFileOpenEvent byName(QStringLiteral("/home/juf/Downloads/school.kwprofiel"));
        QVERIFY(QCoreApplication::sendEvent(qApp, &byName));
        const QUrl url(QStringLiteral("file:///private/var/mobile/Inbox/school.kwprofiel"));
        QFileOpenEvent byUrl(url);
        QVERIFY(QCoreApplication::sendEvent(qApp, &byUrl));
        QCOMPARE(window.opened,
            (QList<QUrl> {
                QUrl::fromLocalFile(QStringLiteral("/home/juf/Downloads/school.kwprofiel")),
                url }));
    }

    void commandLineFileTakesTheSamePath()
    {
        Window window;
        kw::platform::FileOpenRouter router(&window);
        router.open(QUrl::fromLocalFile(QStringLiteral("/tmp/a.kwprofiel")));
        QCOMPARE(window.opened.size(), 1);
        router.open(QUrl()); // nothing to open: nothing happens
        QCOMPARE(window.opened.size(), 1);
    }

    void otherEventsAndGoneWindowsAreLeftAlone()
    {
        Recorder recorder;
        qApp->installEventFilter(&recorder);
        auto* window = new Window;
        kw::platform::FileOpenRouter router(window);
        QEvent other(QEvent::User);
        QCoreApplication::sendEvent(qApp, &other);
        QVERIFY(window->opened.isEmpty());
        QCOMPARE(recorder.seen, 1); // passed on, not swallowed
        qApp->removeEventFilter(&recorder);
        delete window; // the window closed first: an open request is dropped, not a crash
        QFileOpenEvent late(QStringLiteral("/tmp/late.kwprofiel"));
        QCoreApplication::sendEvent(qApp, &late);
    }
};

QTEST_MAIN(TstFileOpenRouter)
#include "tst_file_open_router.moc"
