/** A split of ADDE's file layout; the name is part of every file name (`imgs_train.txt`). */
export type AddeSplitName = "train" | "test";

/**
 * ADDE's file names (those its training and evaluation scripts read by default), in one place so
 * writers and readers cannot disagree.
 */
export const addeFiles = {
  attrNum: "attr_num.txt",
  images: (split: AddeSplitName) => `imgs_${split}.txt`,
  labels: (split: AddeSplitName) => `labels_${split}.txt`,
  refs: "ref_test.txt",
  queryIndicators: "indfull_test.txt",
  targets: "gt_test.txt",
  triplets: "triplet_train.txt",
  tripletIndicators: "triplet_train_ind.txt",
} as const;
