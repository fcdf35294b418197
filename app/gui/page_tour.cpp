#include "page_tour.h"

#include <QDir>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace kw {

namespace {
// A page is captured once it has been shown this long, no page transition runs (the tour's
// busy; a capture mid-fade blends every colour) and the window has drawn no frame for quietMs:
// lazily built pages, lists and charts are done. On a loaded machine that takes longer, so waiting
// for quiet, not a fixed time, keeps the screenshots complete; maxWaitMs only stops a page that
// never stops animating.
constexpr int settleMs = 700;
constexpr int quietMs = 400;
constexpr int maxWaitMs = 15'000;
} // namespace

PageTour::PageTour(QQuickWindow* window, QString screenshotDir, bool demoJournal, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(std::move(screenshotDir))
{
    m_sinceFrame.start();
    if (QQmlEngine* engine = qmlEngine(window)) {
        QQmlComponent component(
            engine, QUrl(QStringLiteral("qrc:/qt/qml/Kernwijzer/shell/Tour.qml")));
        m_tour = component.createWithInitialProperties(
            { { QStringLiteral("window"), QVariant::fromValue<QObject*>(window) },
                { QStringLiteral("demoJournal"), demoJournal } });
        if (!m_tour)
            std::fprintf(stderr, "kernwijzer: %s\n", qPrintable(component.errorString()));
        else
            m_tour->setParent(this);
    }
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] { m_sinceFrame.restart(); });
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &PageTour::captureWhenSettled);
}

QStringList& PageTour::warnings()
{
    static QStringList list;
    return list;
}

void PageTour::start()
{
    if (!m_dir.isEmpty() && !QDir().mkpath(m_dir)) {
        std::fprintf(stderr, "kernwijzer: cannot create %s\n", qPrintable(m_dir));
        emit finished(1);
        return;
    }
    // The page list depends on the window's size, which a window system may apply only after a
    // while: read it once the window has settled.
    QTimer::singleShot(settleMs, this, [this] {
        if (m_tour)
            m_pages = m_tour->property("pages").toStringList();
        if (m_pages.isEmpty()) {
            std::fprintf(stderr, "kernwijzer: the page tour has no pages to visit\n");
            emit finished(1);
            return;
        }
        showNext();
    });
}

void PageTour::showNext()
{
    if (m_next >= m_pages.size()) {
        for (const QString& file : std::as_const(m_written))
            std::printf("%s\n", qPrintable(file));
        const QStringList& seen = warnings();
        for (const QString& w : seen)
            std::fprintf(stderr, "kernwijzer: warning: %s\n", qPrintable(w));
        emit finished(seen.isEmpty() ? 0 : 1);
        return;
    }
    QVariant shown;
    const bool called = QMetaObject::invokeMethod(
        m_tour, "show", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, m_pages[m_next]));
    if (!called || !shown.toBool()) {
        std::fprintf(
            stderr, "kernwijzer: the page tour cannot show page %s\n", qPrintable(m_pages[m_next]));
        emit finished(1);
        return;
    }
    m_sinceShown.start();
    m_poll.start();
}

void PageTour::captureWhenSettled()
{
    const bool settled = m_sinceShown.elapsed() >= settleMs && m_sinceFrame.elapsed() >= quietMs
        && !m_tour->property("busy").toBool();
    if (!settled && m_sinceShown.elapsed() < maxWaitMs)
        return;
    m_poll.stop();
    capture();
}

void PageTour::capture()
{
    if (!m_dir.isEmpty()) {
        const QImage image = m_window->grabWindow();
        const QString file = QDir(m_dir).absoluteFilePath(QStringLiteral("%1-%2x%3.png")
                                                              .arg(m_pages[m_next])
                                                              .arg(m_window->width())
                                                              .arg(m_window->height()));
        if (image.isNull() || !image.save(file)) {
            std::fprintf(stderr, "kernwijzer: could not write %s\n", qPrintable(file));
            emit finished(1);
            return;
        }
        m_written << file;
    }
    ++m_next;
    showNext();
}

} // namespace kw
