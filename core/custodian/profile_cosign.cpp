#include "custodian/profile_cosign.h"

#include "custodian/custodian_inbox.h"
#include "custodian/custodian_text.h"
#include "exchange/crypto.h"
#include "exchange/profile_codec.h"

#include <QLocale>

namespace kw::custodian {

QString coSignRefusal(const exchange::ProfileFile& file,
    const std::optional<SchoolProfile>& current, bool alreadyStored, QByteArrayView yourSignKey,
    QDate today)
{
    const SchoolProfile& p = file.profile;
    if (!file.schoolSigned)
        return Text::tr("HR has not signed this profile: only a profile HR signed can be "
                        "co-signed.");
    if (!yourSignKey.isEmpty() && p.custodian.signKey != yourSignKey)
        return Text::tr("This profile names another custodian: %1 (key %2). Your key is %3; only "
                        "the custodian it names can co-sign it.")
            .arg(p.custodian.name, crypto::fingerprint(p.custodian.signKey),
                crypto::fingerprint(yourSignKey));
    if (p.validUntil.isValid() && p.validUntil < today)
        return Text::tr("This profile ran out on %1; HR must give it a later end date.")
            .arg(QLocale().toString(p.validUntil, QLocale::LongFormat));
    if (!current)
        return {};
    if (current->schoolId != p.schoolId)
        return Text::tr("You keep the profile of %1 (%2); this one is of another school (%3).")
            .arg(current->schoolName, current->schoolId, p.schoolId);
    if (p.version < current->version)
        return Text::tr("You co-signed version %1 already; this is an older version (%2).")
            .arg(current->version)
            .arg(p.version);
    if (p.version == current->version && !alreadyStored)
        return Text::tr("You co-signed version %1 already, with other content. HR must give "
                        "the update a higher version.")
            .arg(p.version);
    return {};
}

Result<CoSignReview> reviewForCoSign(
    CustodianStore& store, QByteArrayView file, QByteArrayView yourSignKey)
{
    auto read = exchange::readProfileFile(file);
    if (!read)
        return read.error();
    const SchoolProfile& p = read->profile;
    CoSignReview review { *read, {}, {}, {}, false, {} };
    auto current = store.currentProfile();
    if (!current)
        return current.error();
    review.before = *current;
    if (*current && p.version == (*current)->version) {
        review.alreadyStored = exchange::toProto(p).SerializeAsString()
            == exchange::toProto(**current).SerializeAsString();
        // The same version again: what it changed is against the one before it, if kept.
        auto older = store.profile(p.version - 1);
        if (!older)
            return older.error();
        review.before = *older;
    }
    if (review.before)
        review.changes = profileChanges(*review.before, p);
    for (const QByteArray& handover : p.handovers) {
        auto h = exchange::readHandoverFile(handover);
        if (h) // fromProto() checked each one already
            review.handovers.append(*h);
    }
    review.refusal
        = coSignRefusal(*read, *current, review.alreadyStored, yourSignKey, store.clock().today());
    return review;
}

Result<QByteArray> coSignProfile(
    CustodianStore& store, QByteArrayView file, const exchange::KeySet& keys)
{
    auto review = reviewForCoSign(store, file, keys.signPublic);
    if (!review)
        return review.error();
    if (!review->refusal.isEmpty())
        return Error { Error::Code::InvalidInput, review->refusal };
    if (Status s = checkCustodianKey(review->file.profile, keys); !s)
        return s.error();
    auto signedFile = exchange::signProfileFile(file, keys);
    if (!signedFile)
        return signedFile.error();
    auto added = store.addProfile(*signedFile);
    if (!added)
        return added.error();
    return *signedFile;
}

} // namespace kw::custodian
