#include "custodian/contribution_files.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace kw::custodian {

namespace {

using OnFile = std::function<bool(const QString&)>;

bool walkFolder(const QFileInfo& folder, QSet<QString>& walked, const OnFile& onFile)
{
    const QString canonical = folder.canonicalFilePath();
    if (canonical.isEmpty() || walked.contains(canonical))
        return true;
    walked.insert(canonical);
    const QDir dir(folder.filePath());
    // Names only (no QFileInfo per entry), sorted: a folder of 100 000 files holds 100 000
    // names here for as long as it is walked, and nothing else.
    const QStringList names
        = dir.entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        const QFileInfo entry(dir.filePath(name));
        if (entry.isDir()) {
            if (!walkFolder(entry, walked, onFile))
                return false;
        } else if (entry.isFile() && !onFile(entry.filePath())) {
            return false;
        }
    }
    return true;
}

bool walk(const QStringList& paths, const OnFile& onFile)
{
    QSet<QString> walked;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (!walkFolder(info, walked, onFile))
                return false;
        } else if (!onFile(path)) {
            return false;
        }
    }
    return true;
}

} // namespace

qsizetype ContributionFiles::count() const
{
    qsizetype n = 0;
    walk(m_paths, [&](const QString&) {
        ++n;
        return true;
    });
    return n;
}

bool ContributionFiles::forEach(const OnFile& onFile) const
{
    return walk(m_paths, onFile);
}

} // namespace kw::custodian
