#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace kw::platform {

/**
 * Hands files the system asks Kernwijzer to open to the window's importProfile(url): "Open with"
 * on macOS, "Open in" / "Share" on iOS (both arrive as QFileOpenEvent), and the file named on
 * the command line on Linux and Windows. Any file is passed on; the import dialog says what it
 * is, or why it is not a school profile.
 */
class FileOpenRouter : public QObject
{
    Q_OBJECT

public:
    /** Watches the application for file-open events; @p window must have importProfile(var). */
    explicit FileOpenRouter(QObject* window, QObject* parent = nullptr);
    ~FileOpenRouter() override;

    /** Opens @p file in the window, as if the system had asked to. */
    void open(const QUrl& file);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QObject> m_window;
};

} // namespace kw::platform
