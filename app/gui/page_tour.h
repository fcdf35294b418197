#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QQuickWindow;

namespace kw {

/**
 * Visits every main page of the loaded app, one after another, waiting for each to be drawn:
 * the pages and how to show each come from qml/shell/Tour.qml, made here for @p window. For
 * --screenshot (saves <dir>/<page>-<W>x<H>.png) and --self-test (any warning fails).
 * Emits finished() with the exit code.
 */
class PageTour : public QObject
{
    Q_OBJECT

public:
    /** @p demoJournal: the tour runs on a throw-away journal, so it may show the app lock (it
     * sets a PIN to do so). */
    PageTour(
        QQuickWindow* window, QString screenshotDir, bool demoJournal, QObject* parent = nullptr);
    void start();
    /** Messages of warning level or worse seen while touring; fills in the message handler. */
    static QStringList& warnings();

signals:
    void finished(int exitCode);

private:
    void showNext();
    /** Captures once the page has been shown long enough and the window has stopped drawing. */
    void captureWhenSettled();
    void capture();

    QQuickWindow* m_window;
    QObject* m_tour = nullptr; ///< the Tour.qml object; owned by this

    QString m_dir;
    QStringList m_pages;
    int m_next = 0;
    QElapsedTimer m_sinceShown;
    QElapsedTimer m_sinceFrame;
    QTimer m_poll;
    QStringList m_written;
};

} // namespace kw
