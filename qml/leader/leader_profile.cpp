#include "leader_profile.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/profile_file.h"
#include "leader_text.h"

#include <QFileInfo>
#include <QLocale>

namespace kw {

namespace v1 = ::kernwijzer::v1;

LeaderProfile::LeaderProfile(QObject* parent)
    : QObject(parent)
{ }

void LeaderProfile::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &LeaderProfile::read);
    emit deskChanged();
    read();
}

void LeaderProfile::read()
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    m_profile.reset();
    m_leader.reset();
    if (store) {
        if (auto profile = store->profile(); profile && *profile)
            m_profile = **profile;
        if (auto self = store->self(); self && *self)
            m_leader = **self;
    }
    emit profileChanged();
}

QString LeaderProfile::validUntil() const
{
    return m_profile ? leader::dayLabel(m_profile->validUntil) : QString();
}

QString LeaderProfile::teams() const
{
    QStringList out;
    if (!m_profile || !m_leader)
        return {};
    for (const QString& id : m_leader->teamIds) {
        const ProfileItem* team = m_profile->team(id);
        out << (team ? team->name : id);
    }
    return QLocale().createSeparatedList(out);
}

QString LeaderProfile::kernwaarden() const
{
    QStringList out;
    if (m_profile)
        for (const Kernwaarde& k : m_profile->kernwaarden)
            out << k.name;
    return QLocale().createSeparatedList(out);
}

bool LeaderProfile::fail(const QString& message, bool notListed)
{
    m_status.clear();
    m_error = message;
    m_notListed = notListed;
    emit statusChanged();
    return false;
}

bool LeaderProfile::install(const QUrl& file)
{
    const QString path = leader::localPath(file);
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return fail(m_desk ? m_desk->openError() : QString());
    const exchange::KeySet* keys = m_desk->keys();
    if (!keys)
        return fail(tr("Open or unlock your key first (under Key): the profile must list it."));
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes)
        return fail(tr("%1: %2").arg(QFileInfo(path).fileName(), bytes.error().message));
    // Checked before it is kept: a profile that does not list this key says what to do.
    auto verified = exchange::verifyProfileFile(*bytes, m_desk->clock().today());
    if (!verified)
        return fail(tr("%1: %2").arg(QFileInfo(path).fileName(), verified.error().message));
    if (auto listed = conversation::listedLeader(*verified, *keys); !listed)
        return fail(tr("This profile of %1 (version %2) does not list your key yet (%3). Give "
                       "HR the .pub file of your key: HR adds you as the leader of your teams, "
                       "the custodian co-signs, and you install that new version here.")
                        .arg(verified->schoolName)
                        .arg(verified->version)
                        .arg(crypto::fingerprint(keys->signPublic)),
            true);
    auto installed = store->installProfile(*bytes, *keys);
    if (!installed)
        return fail(installed.error().message);
    if (auto purged = store->purgeExpired(m_desk->clock().today()); !purged)
        return fail(purged.error().message);
    m_error.clear();
    m_notListed = false;
    m_status = installed->alreadyThere
        ? tr("Version %1 of %2 was installed already.")
              .arg(installed->profile.version)
              .arg(installed->profile.schoolName)
        : tr("Version %1 of %2 installed: you are listed as leader %3.")
              .arg(installed->profile.version)
              .arg(installed->profile.schoolName, installed->leader.keys.name);
    emit statusChanged();
    m_desk->notifyChanged(); // reads again, here and on every page
    return true;
}

bool LeaderProfile::installDropped(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls)
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".kwprofiel")))
            return install(url);
    return fail(tr("Drop the school's co-signed profile (.kwprofiel)."));
}

} // namespace kw
