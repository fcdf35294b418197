#include "hr/check_answer.h"

#include "exchange/exchange_text.h"
#include "hr/named_in.h"
#include "school/hr_part.h"

namespace kw::hr {

Result<exchange::CheckAnswer> answerCheckRequest(
    HrStore& store, const QByteArray& file, const exchange::KeySet& keys)
{
    auto named = namedIn(file, ::kernwijzer::v1::FILE_KIND_CHECK_REQUEST);
    if (!named)
        return named.error();
    auto profile = store.profile(named->profileVersion);
    if (!profile)
        return Error { Error::Code::NotFound,
            exchange::Text::tr("This check request was made with version %1 of the school "
                               "profile, which this database does not have yet. Import that "
                               "profile first (--profile).")
                .arg(named->profileVersion) };
    return school::answerCheckRequest(file, *profile, keys);
}

} // namespace kw::hr
