"""What the benchmark's PyTorch peers share: the workbench's split, its MLP and its training epoch.

Each is written once so that every peer does exactly the work the workbench does:
- split(n, seed): the seeded 65/15/20 shuffle into train, validation and test row indices;
- numeric_table(file, target, seed): pandas.read_csv, the labels, the split, and the features
  standardised with the training split's means and deviations, as tensors;
- mlp(inputs, hidden, outputs): linear layers with ReLU between them (the workbench's MLP);
- train_epoch(net, opt, loss_fn, x, y, batch): one shuffled pass of mini-batches, reading every
  batch's loss as the workbench does for its progress.

Imported by the peer scripts beside it (their folder is on sys.path when they run).
"""
import numpy as np
import torch


def split(n, seed):
    """Train, validation and test indices: a seeded permutation cut 65/15/20 (test first)."""
    order = np.random.default_rng(seed).permutation(n)
    n_test, n_val = int(n * 0.2), int(n * 0.15)
    return order[n_test + n_val:], order[n_test:n_test + n_val], order[:n_test]


def numeric_table(file, target, seed):
    """(labels, (xt, yt), (xv, yv), (xs, ys)) from a numeric CSV, standardised on the train split."""
    import pandas as pd
    frame = pd.read_csv(file)
    labels, y_all = np.unique(frame.pop(target).astype(str).to_numpy(), return_inverse=True)
    x_all = frame.to_numpy(dtype=np.float32)
    train, val, test = split(len(x_all), seed)
    mean, std = x_all[train].mean(0), x_all[train].std(0) + 1e-12
    x_all = (x_all - mean) / std
    y_all = y_all.astype(np.int64)
    return labels, *[(torch.from_numpy(x_all[rows]), torch.from_numpy(y_all[rows])) for rows in (train, val, test)]


def mlp(inputs, hidden, outputs):
    """Linear layers of the given widths (a "128,64" string) with ReLU between them."""
    layers, width = [], inputs
    for units in [int(u) for u in hidden.split(",") if u]:
        layers += [torch.nn.Linear(width, units), torch.nn.ReLU()]
        width = units
    layers.append(torch.nn.Linear(width, outputs))
    return torch.nn.Sequential(*layers)


def train_epoch(net, opt, loss_fn, x, y, batch):
    """One epoch of shuffled mini-batches."""
    perm = torch.randperm(len(x))
    net.train()
    for lo in range(0, len(x), batch):
        idx = perm[lo:lo + batch]
        opt.zero_grad()
        loss = loss_fn(net(x[idx]), y[idx])
        loss.backward()
        opt.step()
        loss.item()  # the workbench reads every batch's loss for its progress
