#include "hr/named_in.h"

#include "exchange/envelope.h"
#include "kernwijzer/v1/release.pb.h"

namespace kw::hr {

namespace {

template <typename Message> Result<Named> namedBy(const ::kernwijzer::v1::Envelope& envelope)
{
    auto m = exchange::readPayload<Message>(envelope);
    if (!m)
        return m.error();
    return Named { int(qMin<quint32>(m->profile_version(), 1'000'000'000)),
        QString::fromStdString(m->period()) };
}

} // namespace

Result<Named> namedIn(const QByteArray& file, ::kernwijzer::v1::FileKind kind)
{
    auto envelope = exchange::readEnvelope(file, kind);
    if (!envelope)
        return envelope.error();
    if (kind == ::kernwijzer::v1::FILE_KIND_CHECK_REQUEST)
        return namedBy<::kernwijzer::v1::CheckRequest>(*envelope);
    return namedBy<::kernwijzer::v1::Release>(*envelope);
}

} // namespace kw::hr
