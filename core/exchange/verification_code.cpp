#include "exchange/verification_code.h"

#include "exchange/crypto.h"

namespace kw::exchange {

namespace {

constexpr int kGroups = 6;

QString digitsOnly(const QString& text)
{
    // As people type or a newsletter prints it: any decimal digits (full-width too), grouped by
    // spaces, dots or dashes of any kind (a word processor turns "-" into "–").
    QString out;
    for (const QChar c : text) {
        if (c.category() == QChar::Number_DecimalDigit)
            out.append(QChar(u'0' + c.digitValue()));
        else if (!c.isSpace() && c != QLatin1Char('.') && c.category() != QChar::Punctuation_Dash)
            return {}; // a letter or other sign: not a code
    }
    return out;
}

} // namespace

QString verificationCode(const SchoolProfile& profile)
{
    QByteArray message("kernwijzer/v1/verification-code");
    message.append('\0').append(profile.schoolId.toUtf8()).append('\0');
    for (const KeyHolder* holder : { &profile.school, &profile.custodian })
        message.append(holder->signKey).append(holder->boxKey);
    const QByteArray digest = crypto::hash(message);
    QStringList groups;
    for (int i = 0; i < kGroups; ++i) {
        // 32 bits per group, reduced to 4 digits: the bias (under 10^-5) costs nothing here.
        const auto chunk = quint32(quint8(digest[4 * i])) << 24
            | quint32(quint8(digest[4 * i + 1])) << 16 | quint32(quint8(digest[4 * i + 2])) << 8
            | quint32(quint8(digest[4 * i + 3]));
        groups.append(QStringLiteral("%1").arg(chunk % 10000, 4, 10, QLatin1Char('0')));
    }
    return groups.join(QLatin1Char('-'));
}

bool matchesVerificationCode(const SchoolProfile& profile, const QString& typed)
{
    const QString digits = digitsOnly(typed);
    return digits.size() == 4 * kGroups && digits == digitsOnly(verificationCode(profile));
}

} // namespace kw::exchange
