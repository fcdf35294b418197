#include "app_paths.h"

#include <QDir>

namespace kw::platform {

QString AppPaths::journalFile() const
{
    return QDir(dataDir()).absoluteFilePath(QStringLiteral("journal.sqlite"));
}

QString AppPaths::demoJournalFile() const
{
    return QDir(dataDir()).absoluteFilePath(QStringLiteral("demo/journal.sqlite"));
}

QString AppPaths::hrDatabaseFile() const
{
    return QDir(dataDir()).absoluteFilePath(QStringLiteral("hr.sqlite"));
}

QString AppPaths::custodianDatabaseFile() const
{
    return QDir(dataDir()).absoluteFilePath(QStringLiteral("custodian.sqlite"));
}

QString AppPaths::leaderDatabaseFile() const
{
    return QDir(dataDir()).absoluteFilePath(QStringLiteral("leider.sqlite"));
}

QString AppPaths::demoSchoolDir() const
{
    return QDir(dataDir()).absoluteFilePath(QStringLiteral("demo/school"));
}

namespace {

class FixedAppPaths final : public AppPaths
{
public:
    explicit FixedAppPaths(QString root)
        : m_root(std::move(root))
    { }
    QString dataDir() const override
    {
        QDir().mkpath(m_root);
        return m_root;
    }

private:
    QString m_root;
};

} // namespace

std::unique_ptr<AppPaths> createFixedAppPaths(const QString& root)
{
    return std::make_unique<FixedAppPaths>(root);
}

} // namespace kw::platform
