#pragma once
// The module's matrix types: row-major Eigen matrices, one row per example (or position). Every layer and
// loss is a template over the scalar: float for training, double for the finite-difference gradient checks.
#include <Eigen/Core>

namespace vitrina::models::neural {

template <class T> using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <class T> using RowVector = Eigen::Matrix<T, 1, Eigen::Dynamic, Eigen::RowMajor>;

} // namespace vitrina::models::neural
