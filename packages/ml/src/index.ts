export type { BackendInfo } from "./backend.ts";
export { getBackendInfo, loadTf, loadTfjsWasm } from "./backend.ts";
export type {
  BackendName,
  BackendRequest,
  MlBackendErrorCode,
} from "./backend-choice.ts";
export {
  BACKEND_NAMES,
  BACKEND_REQUESTS,
  isMlBackendError,
  MlBackendError,
} from "./backend-choice.ts";
export { registerWasmBatchMatMul } from "./kernels/batch-matmul.ts";
export { registerWasmConv2DBackpropFilter } from "./kernels/conv2d-backprop-filter.ts";
export { registerWasmConv2DBackpropInput } from "./kernels/conv2d-backprop-input.ts";
export type { Tf } from "./tf.ts";
export type { WebGpuAdapterInfo, WebGpuTf } from "./webgpu.ts";
export { GPU_DEVICE_FILES, gpuDevicePresent, loadTfjsWebGpu } from "./webgpu.ts";
