#include "storage/existing_database.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace kw::sql {

namespace {

/**
 * Whether @p path is an SQLite file of no kind (application id and user version 0 in its header),
 * read without opening it as a database: opening would already switch it to WAL. Only when no
 * write-ahead log lies beside it, since the header could then be older than the database.
 */
bool isSqliteFileOfNoKind(const QString& path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    static constexpr char magic[] = "SQLite format 3";
    return header.size() == 100 && header.startsWith(QByteArrayView(magic, sizeof magic))
        && qFromBigEndian<quint32>(header.constData() + 60) == 0 // user_version
        && qFromBigEndian<quint32>(header.constData() + 68) == 0; // application_id
}

} // namespace

Result<std::unique_ptr<Database>> openExisting(
    const QString& path, const Schema& schema, const ExistingMessages& messages)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { Error::Code::NotFound, messages.missing };
    const Error otherKind { Error::Code::Corrupt, messages.otherKind };
    if (!info.isFile() || info.size() == 0 || isSqliteFileOfNoKind(path))
        return otherKind;
    // First look without migrating: an empty SQLite file of no kind would otherwise become a
    // database of this kind here.
    Database::Options look;
    look.create = false;
    look.upToVersion = 0;
    auto db = Database::open(path, schema, look);
    if (!db)
        return db.error();
    auto version = (*db)->userVersion();
    if (!version)
        return version.error();
    if (*version == 0)
        return otherKind;
    if (*version == schema.latestVersion())
        return db;
    db->reset();
    Database::Options migrate;
    migrate.create = false;
    return Database::open(path, schema, migrate);
}

} // namespace kw::sql
