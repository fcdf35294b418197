#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace kw::custodian {

/**
 * The files an import reads for the paths it is given: each path that is not a folder as it
 * is (even when it does not exist, so that a typo is reported), and every regular file in each
 * folder and the folders inside it, in name order. Hidden files and folders, and anything
 * that is not a regular file (a socket, a pipe, a device), are left out; symbolic links are
 * followed, and a folder reached twice (a link to a folder already walked, a loop) is walked
 * once. The walk is lazy: it holds the names of the folders on the way down, never a list of
 * every file.
 */
class ContributionFiles
{
public:
    explicit ContributionFiles(QStringList paths)
        : m_paths(std::move(paths))
    { }

    /** How many files forEach() gives now (a walk of its own). */
    qsizetype count() const;
    /** Calls @p onFile with each file's path, in order, until it returns false; false then. */
    bool forEach(const std::function<bool(const QString& path)>& onFile) const;

private:
    QStringList m_paths;
};

} // namespace kw::custodian
