#pragma once

#include "cli/cli_context.h"
#include "exchange/key_file.h"

#include <google/protobuf/message.h>

namespace kw::cli {

/** Reads a key file (secret or public) from @p path, size-limited. */
Result<exchange::KeySet> readKeyPath(const QString& path);
/** Reads an exchange file of any kind from @p path, size-limited. */
Result<QByteArray> readExchangePath(const QString& path);
/** A protobuf message as a JSON object, field names as in the .proto files. */
QJsonObject protoJson(const google::protobuf::Message& message);

int runKeys(const Context& ctx);
int runProfile(const Context& ctx);
int runExport(const Context& ctx);
int runInspect(const Context& ctx);

} // namespace kw::cli
