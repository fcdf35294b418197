#include "cli/exchange_cli.h"

#include "exchange/envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <google/protobuf/util/json_util.h>

namespace kw::cli {

Result<exchange::KeySet> readKeyPath(const QString& path)
{
    auto bytes = exchange::readFileLimited(
        path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_SECRET_KEYS));
    if (!bytes)
        return bytes.error();
    return exchange::readKeyFile(*bytes);
}

Result<QByteArray> readExchangePath(const QString& path)
{
    return exchange::readFileLimited(
        path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_UNSPECIFIED));
}

QJsonObject protoJson(const google::protobuf::Message& message)
{
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    (void)google::protobuf::util::MessageToJsonString(message, &json, options);
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

} // namespace kw::cli
