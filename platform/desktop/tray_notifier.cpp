#include "notifier.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace kw::platform {

namespace {

// Linux, Windows and macOS: a balloon message from a tray icon that exists while the app runs.
class TrayNotifier final : public Notifier
{
public:
    bool available() const override
    {
        return qobject_cast<QApplication*>(QCoreApplication::instance())
            && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
    }

    bool notify(const QString& title, const QString& body) override
    {
        if (!available())
            return false;
        if (!m_icon) {
            m_icon = std::make_unique<QSystemTrayIcon>(QApplication::windowIcon());
            m_icon->setToolTip(QStringLiteral("Kernwijzer"));
            m_icon->show();
        }
        m_icon->showMessage(title, body, QSystemTrayIcon::Information, 10'000);
        return true;
    }

private:
    std::unique_ptr<QSystemTrayIcon> m_icon;
};

} // namespace

std::unique_ptr<Notifier> createNotifier()
{
    return std::make_unique<TrayNotifier>();
}

} // namespace kw::platform
