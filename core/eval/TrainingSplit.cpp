#include "eval/TrainingSplit.h"

namespace vitrina::eval {

std::vector<std::uint8_t> eventsBefore(const data::EventLog& log, std::int64_t trainEndMs) {
    std::vector<std::uint8_t> mask(log.size());
    for (std::size_t e = 0; e < mask.size(); ++e) mask[e] = log.timestamp[e] < trainEndMs ? 1 : 0;
    return mask;
}

std::shared_ptr<const models::TrainingSet> trainingSetBefore(std::shared_ptr<const data::Dataset> dataset,
                                                             std::shared_ptr<const data::SessionIndex> sessions,
                                                             std::int64_t trainEndMs) {
    std::vector<std::uint8_t> mask = eventsBefore(dataset->events, trainEndMs);
    return std::make_shared<const models::TrainingSet>(std::move(dataset), std::move(mask), std::move(sessions),
                                                       trainEndMs);
}

} // namespace vitrina::eval
