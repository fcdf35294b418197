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
    // iOS hands over a URL, macOS a file name; QFileOpenEvent offers both as url().
    open(static_cast<QFileOpenEvent*>(event)->url());
    return true;
}

} // namespace kw::platform
