#pragma once

#include <QCoreApplication>

namespace kw::backup {

/** The translation context of every message about backups ("kw::Backup"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Backup)
};

} // namespace kw::backup
