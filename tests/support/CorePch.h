#pragma once
// The precompiled header of the core tests (unit and integration): QtTest and the core headers most of them
// include, parsed once per build instead of once per test (tests/CMakeLists.txt, vitrina_test_pch).
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/Dataset.h"
#include "data/Importer.h"
#include "eval/Evaluator.h"
#include "models/Catalogue.h"
#include "store/ProjectFile.h"
#include "util/Message.h"
