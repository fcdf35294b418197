#include "app_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace kw::platform {

namespace {

// Linux, Windows and macOS: the per-user application data folder.
class DesktopAppPaths final : public AppPaths
{
public:
    QString dataDir() const override
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        return dir;
    }
};

} // namespace

std::unique_ptr<AppPaths> createAppPaths()
{
    return std::make_unique<DesktopAppPaths>();
}

} // namespace kw::platform
