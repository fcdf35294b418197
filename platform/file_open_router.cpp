#include "file_open_router.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QVariant>

namespace kw::platform {

FileOpenRouter::FileOpenRouter(QObject* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

FileOpenRouter::~FileOpenRouter()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void FileOpenRouter::open(const QUrl& file)
{
    if (m_window && file.isValid())
        QMetaObject::invokeMethod(m_window, "importProfile", Q_ARG(QVariant, file));
}

bool FileOpenRouter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::FileOpen || watched != QCoreApplication::instance())
        return QObject::eventFilter(watched, event);
    const auto* request = static_cast<QFileOpenEvent*>(event);
    // iOS hands over a URL (possibly outside the sandbox, readable through Qt's file engine);
    // macOS a local file name.
    open(request->url().isValid() ? request->url() : QUrl::fromLocalFile(request->file()));
    return true;
}

} // namespace kw::platform
