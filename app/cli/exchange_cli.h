#pragma once

#include "cli/cli_context.h"
#include "exchange/key_file.h"

#include <google/protobuf/message.h>

namespace kw::cli {

/** --passphrase-file FILE: the passphrase of a secret key file, on the first line of FILE. */
const QCommandLineOption& passphraseFileOption();

/**
 * The passphrase for a key file: the first line of --passphrase-file when given, else typed at
 * the terminal (not echoed) when there is one; @p twice asks again to confirm a new one.
 */
Result<QByteArray> passphrase(const QCommandLineParser& parser, const QString& prompt, bool twice);

/**
 * Reads a key file (secret or public) from @p path, size-limited; a locked secret key file is
 * opened with passphrase(). */
Result<exchange::KeySet> readKeyPath(const QString& path, const QCommandLineParser& parser);
/** Reads an exchange file of any kind from @p path, size-limited. */
Result<QByteArray> readExchangePath(const QString& path);
/** A protobuf message as a JSON object, field names as in the .proto files. */
QJsonObject protoJson(const google::protobuf::Message& message);

int runKeys(const Context& ctx);
int runProfile(const Context& ctx);
int runExport(const Context& ctx);
int runInspect(const Context& ctx);

} // namespace kw::cli
