#pragma once

#include "common/secret_vault.h"

#include <QMap>

namespace kw::test {

/** A key store in memory. Its entries outlive the vault handed to a session, as a real one's do. */
class FakeVault final : public SecretVault
{
public:
    Result<std::optional<QByteArray>> read(const QString& name) override
    {
        ++reads;
        if (!reachable)
            return Error { Error::Code::Io, QStringLiteral("the fake keychain is locked") };
        if (!entries.contains(name))
            return std::optional<QByteArray>();
        QByteArray value = entries.value(name);
        if (garbleReads)
            value[0] = char(value[0] ^ 1);
        return std::optional<QByteArray>(value);
    }
    Status write(const QString& name, const QByteArray& secret) override
    {
        ++writes;
        if (!reachable)
            return Error { Error::Code::Io, QStringLiteral("the fake keychain is locked") };
        entries.insert(name, secret);
        return {};
    }
    Status remove(const QString& name) override
    {
        if (!reachable)
            return Error { Error::Code::Io, QStringLiteral("the fake keychain is locked") };
        entries.remove(name);
        return {};
    }
    QString describe() const override { return QStringLiteral("the fake keychain"); }

    QMap<QString, QByteArray> entries;
    bool reachable = true;
    bool garbleReads = false;
    int reads = 0;
    int writes = 0;
};

} // namespace kw::test
