#include "profile_cosigning.h"

#include "custodian/custodian_store.h"
#include "custodian_desk.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/verification_code.h"

#include <QFileInfo>
#include <QLocale>

namespace kw {

namespace v1 = ::kernwijzer::v1;

namespace {

QString localPath(const QUrl& url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QVariantMap holderMap(const KeyHolder& h, bool signedIt)
{
    return { { QStringLiteral("name"), h.name }, { QStringLiteral("role"), h.role },
        { QStringLiteral("contact"), h.contact },
        { QStringLiteral("fingerprint"), crypto::fingerprint(h.signKey) },
        { QStringLiteral("boxFingerprint"), crypto::fingerprint(h.boxKey) },
        { QStringLiteral("signed"), signedIt } };
}

QVariantList staff(const QList<ProfileItem>& items)
{
    QVariantList out;
    for (const ProfileItem& item : items)
        out.append(QVariantMap { { QStringLiteral("name"), item.name },
            { QStringLiteral("staffCount"), item.staffCount } });
    return out;
}

} // namespace

ProfileCoSigning::ProfileCoSigning(QObject* parent)
    : QObject(parent)
{ }

ProfileCoSigning::~ProfileCoSigning() = default;

void ProfileCoSigning::setDesk(CustodianDesk* desk)
{
    if (m_desk == desk)
        return;
    m_desk = desk;
    emit deskChanged();
}

QVariantMap ProfileCoSigning::school() const
{
    if (!m_review)
        return {};
    const SchoolProfile& p = m_review->file.profile;
    QStringList values;
    for (const Kernwaarde& k : p.kernwaarden)
        values << k.name;
    QStringList bands;
    for (const AgeBand& b : p.ageBands)
        bands << b.name;
    return { { QStringLiteral("name"), p.schoolName }, { QStringLiteral("id"), p.schoolId },
        { QStringLiteral("version"), p.version },
        { QStringLiteral("validUntil"),
            p.validUntil.isValid() ? QLocale().toString(p.validUntil, QLocale::LongFormat)
                                   : QString() },
        { QStringLiteral("periodMonths"), p.rules.periodMonths },
        { QStringLiteral("minGroupWellbeing"), p.rules.minGroupWellbeing },
        { QStringLiteral("minGroupCounts"), p.rules.minGroupCounts },
        { QStringLiteral("kernwaarden"), values }, { QStringLiteral("teams"), staff(p.teams) },
        { QStringLiteral("roles"), staff(p.roles) }, { QStringLiteral("ageBands"), bands },
        { QStringLiteral("verificationCode"), exchange::verificationCode(p) } };
}

QVariantMap ProfileCoSigning::hr() const
{
    return m_review ? holderMap(m_review->file.profile.school, m_review->file.schoolSigned)
                    : QVariantMap();
}

QVariantMap ProfileCoSigning::custodian() const
{
    return m_review ? holderMap(m_review->file.profile.custodian, m_review->file.custodianSigned)
                    : QVariantMap();
}

bool ProfileCoSigning::namesYou() const
{
    if (!m_review || !m_desk || !m_desk->keys())
        return false;
    return m_desk->keys()->signPublic == m_review->file.profile.custodian.signKey;
}

QVariantList ProfileCoSigning::handovers() const
{
    QVariantList out;
    if (!m_review)
        return out;
    for (const exchange::CustodianHandover& h : m_review->handovers)
        out.append(QVariantMap { { QStringLiteral("from"), h.outgoing.name },
            { QStringLiteral("fromFingerprint"), crypto::fingerprint(h.outgoing.signKey) },
            { QStringLiteral("to"), h.incoming.name },
            { QStringLiteral("toFingerprint"), crypto::fingerprint(h.incoming.signKey) },
            { QStringLiteral("signedOn"), QLocale().toString(h.signedOn, QLocale::LongFormat) },
            { QStringLiteral("fromVersion"), h.fromVersion } });
    return out;
}

int ProfileCoSigning::previousVersion() const
{
    return m_review && m_review->before ? m_review->before->version : 0;
}

QVariantList ProfileCoSigning::changes() const
{
    QVariantList out;
    if (!m_review)
        return out;
    for (const ProfileChange& c : m_review->changes)
        out.append(
            QVariantMap { { QStringLiteral("area"), c.area }, { QStringLiteral("text"), c.text } });
    return out;
}

bool ProfileCoSigning::open(const QUrl& file)
{
    const QString path = localPath(file);
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes) {
        setStatus({}, bytes.error().message);
        return false;
    }
    return review(*bytes, QFileInfo(path).fileName());
}

bool ProfileCoSigning::openDropped(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".kwprofiel")))
            return open(url);
    }
    setStatus({}, tr("Drop the school profile file (.kwprofiel) HR gave you."));
    return false;
}

bool ProfileCoSigning::review(const QByteArray& bytes, const QString& name)
{
    custodian::CustodianStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store) {
        setStatus({}, m_desk ? m_desk->openError() : QString());
        return false;
    }
    const exchange::KeySet* keys = m_desk->keys();
    auto reviewed
        = custodian::reviewForCoSign(*store, bytes, keys ? keys->signPublic : QByteArray());
    if (!reviewed) {
        setStatus({}, tr("%1: %2").arg(name, reviewed.error().message));
        return false;
    }
    m_review = *reviewed;
    m_bytes = bytes;
    m_fileName = name;
    m_coSignedPath.clear();
    emit reviewChanged();
    setStatus({}, {});
    return true;
}

bool ProfileCoSigning::coSign(const QUrl& file)
{
    if (!m_review || !m_desk)
        return false;
    custodian::CustodianStore* store = m_desk->store();
    if (!store) {
        setStatus({}, m_desk->openError());
        return false;
    }
    const exchange::KeySet* keys = m_desk->keys();
    if (!keys) {
        setStatus({}, tr("Unlock your key first (Keys): co-signing uses it."));
        return false;
    }
    auto cosigned = custodian::coSignProfile(*store, m_bytes, *keys);
    if (!cosigned) {
        setStatus({}, cosigned.error().message);
        return false;
    }
    m_desk->notifyChanged();
    const QString path = localPath(file);
    const SchoolProfile profile = m_review->file.profile;
    // Kept in the database first: writing again (the same bytes) is always possible.
    if (Status s = exchange::writeFileAtomically(path, *cosigned); !s) {
        setStatus({},
            tr("Co-signed and kept, but the file could not be written: %1").arg(s.error().message));
        review(*cosigned, m_fileName);
        return false;
    }
    review(*cosigned, QFileInfo(path).fileName());
    m_coSignedPath = path;
    setStatus(tr("Version %1 of %2 co-signed and written to %3. Give it back to HR, who "
                 "publishes it to the teachers with the verification code.")
                  .arg(profile.version)
                  .arg(profile.schoolName, QFileInfo(path).fileName()),
        {});
    return true;
}

QString ProfileCoSigning::suggestedFileName() const
{
    if (!m_review)
        return QStringLiteral("school.kwprofiel");
    return QStringLiteral("%1-v%2-medeondertekend.kwprofiel")
        .arg(m_review->file.profile.schoolId)
        .arg(m_review->file.profile.version);
}

void ProfileCoSigning::close()
{
    m_review.reset();
    m_bytes.clear();
    m_fileName.clear();
    emit reviewChanged();
    setStatus({}, {});
}

void ProfileCoSigning::setStatus(const QString& status, const QString& error)
{
    m_status = status;
    m_error = error;
    emit statusChanged();
}

} // namespace kw
