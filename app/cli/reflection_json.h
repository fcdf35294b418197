#pragma once

#include "journal/journal_store.h"

#include <QJsonObject>

namespace kw::cli {

/** A reflection as the CLI prints it with --json (stable field names, ISO dates). */
QJsonObject toJson(const Reflection& reflection);

} // namespace kw::cli
