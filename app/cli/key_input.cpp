#include "cli/key_input.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"

#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace kw::cli {

const QCommandLineOption& passphraseFileOption()
{
    static const QCommandLineOption option({ QStringLiteral("passphrase-file") },
        QStringLiteral("Read the key file's passphrase from the first line of FILE (default: "
                       "ask at the terminal)."),
        QStringLiteral("FILE"));
    return option;
}

namespace {

/** One line from the terminal without echo; nothing when there is no terminal. */
std::optional<QByteArray> askTerminal(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    return QByteArray::fromStdString(line);
}

} // namespace

Result<QByteArray> passphrase(const CommandArgs& args, const QString& prompt, bool twice)
{
    if (args.isSet(passphraseFileOption())) {
        auto bytes = exchange::readFileLimited(args.value(passphraseFileOption()), 4096);
        if (!bytes)
            return bytes.error();
        QByteArray line = bytes->split('\n').value(0);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() < exchange::kMinPassphraseChars)
            return Error { Error::Code::InvalidInput,
                QStringLiteral("The passphrase in %1 is shorter than %2 characters.")
                    .arg(args.value(passphraseFileOption()))
                    .arg(exchange::kMinPassphraseChars) };
        return line;
    }
    auto typed = askTerminal(prompt);
    if (!typed)
        return Error { Error::Code::InvalidInput,
            QStringLiteral("A passphrase is needed: give --passphrase-file FILE.") };
    if (typed->size() < exchange::kMinPassphraseChars)
        return Error { Error::Code::InvalidInput,
            QStringLiteral("A passphrase has at least %1 characters.")
                .arg(exchange::kMinPassphraseChars) };
    if (twice && askTerminal(QStringLiteral("Again: ")) != typed)
        return Error { Error::Code::InvalidInput,
            QStringLiteral("The two passphrases differ; nothing was written.") };
    return *typed;
}

Result<exchange::KeySet> readKeyPath(const QString& path, const CommandArgs& args)
{
    auto bytes = exchange::readFileLimited(
        path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_SECRET_KEYS));
    if (!bytes)
        return bytes.error();
    if (!exchange::isLockedKeyFile(*bytes))
        return exchange::readKeyFile(*bytes);
    auto secret = passphrase(args, QStringLiteral("Passphrase for %1: ").arg(path), false);
    if (!secret)
        return secret.error();
    auto keys = exchange::readKeyFile(*bytes, *secret);
    crypto::wipe(*secret);
    return keys;
}

} // namespace kw::cli
