"""Peer of the image training comparison: the workbench's `--model cnn` network in PyTorch.

The network is the workbench's ResidualNetwork (modules/ml/.../image/ResidualNetwork.java),
rebuilt layer for layer: a 3x3 convolution stem of 16 filters (no bias), batch norm, ReLU; three
residual blocks of 16, 32 and 64 filters (the last two with stride 2), each
conv3x3-BN-ReLU-conv3x3-BN added to a shortcut (identity, or conv1x1-BN when the stride is 2)
and followed by ReLU; global average pooling, flatten, and a linear layer with one output per
class. Weights start as the workbench's ImageInitializer draws them: He-uniform for convolution
kernels, Glorot-uniform for the linear layer, zero biases, batch norm at gamma 1 and beta 0.
Optimiser: Adam at learning rate 0.003 without weight decay (DJL's defaults otherwise), softmax
cross-entropy, batch 32, one thread, no augmentation.

Reads the class folders (one sub-folder per class, PNG pictures), decodes every picture to grey
values in [0, 1] before training (as the workbench does before its first epoch), splits 65/15/20
with a seeded shuffle, trains for the given epochs with a validation pass after each, and prints
one JSON line: steady images/s (median over the epochs after the first, which is warm-up), the
whole run's seconds and the test accuracy.

Needs the Debian packages python3-torch, python3-numpy and python3-pil.

    /usr/bin/python3 peer_image_train.py FOLDER --batch 32 --epochs 3 --threads 1
"""
import argparse, json, math, os, statistics, time

t0 = time.perf_counter()
import numpy as np
import torch
from PIL import Image
from peer_common import split, train_epoch

p = argparse.ArgumentParser()
p.add_argument("folder")
p.add_argument("--batch", type=int, default=32); p.add_argument("--epochs", type=int, default=3)
p.add_argument("--threads", type=int, default=1); p.add_argument("--seed", type=int, default=42)
p.add_argument("--lr", type=float, default=0.003)
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(a.seed)

# Decode every picture once, into one [N, 1, 28, 28] array of values in [0, 1].
classes = sorted(d for d in os.listdir(a.folder) if os.path.isdir(os.path.join(a.folder, d)))
pixels, y_all = [], []
for k, name in enumerate(classes):
    for f in sorted(os.listdir(os.path.join(a.folder, name))):
        with Image.open(os.path.join(a.folder, name, f)) as im:
            pixels.append(np.asarray(im.convert("L"), dtype=np.float32) / 255.0)
        y_all.append(k)
x_all = np.stack(pixels)[:, None, :, :]
y_all = np.array(y_all, dtype=np.int64)
train, val, test = split(len(x_all), a.seed)
xt, yt = torch.from_numpy(x_all[train]), torch.from_numpy(y_all[train])
xv, yv = torch.from_numpy(x_all[val]), torch.from_numpy(y_all[val])
xs, ys = torch.from_numpy(x_all[test]), torch.from_numpy(y_all[test])


def conv(cin, cout, kernel, stride):
    return torch.nn.Conv2d(cin, cout, kernel, stride=stride, padding=kernel // 2, bias=False)


class Residual(torch.nn.Module):
    """conv-BN-ReLU-conv-BN plus a shortcut, then ReLU (the workbench's residual(filters, stride))."""

    def __init__(self, cin, cout, stride):
        super().__init__()
        self.main = torch.nn.Sequential(conv(cin, cout, 3, stride), torch.nn.BatchNorm2d(cout), torch.nn.ReLU(),
                                        conv(cout, cout, 3, 1), torch.nn.BatchNorm2d(cout))
        self.shortcut = (torch.nn.Identity() if stride == 1
                         else torch.nn.Sequential(conv(cin, cout, 1, stride), torch.nn.BatchNorm2d(cout)))

    def forward(self, x):
        return torch.relu(self.main(x) + self.shortcut(x))


net = torch.nn.Sequential(conv(1, 16, 3, 1), torch.nn.BatchNorm2d(16), torch.nn.ReLU(),
                          Residual(16, 16, 1), Residual(16, 32, 2), Residual(32, 64, 2),
                          torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(64, len(classes)))
with torch.no_grad():  # the workbench's ImageInitializer: uniform within these bounds
    for m in net.modules():
        if isinstance(m, torch.nn.Conv2d):
            bound = math.sqrt(6.0 / (m.in_channels * m.kernel_size[0] * m.kernel_size[1]))
            m.weight.uniform_(-bound, bound)
        elif isinstance(m, torch.nn.Linear):
            bound = math.sqrt(6.0 / (m.in_features + m.out_features))
            m.weight.uniform_(-bound, bound)
            m.bias.zero_()
opt = torch.optim.Adam(net.parameters(), lr=a.lr)
loss_fn = torch.nn.CrossEntropyLoss()


def accuracy_and_loss(x, y):
    """Evaluation in chunks of 256, as the workbench scores its validation split."""
    net.eval()
    correct, loss = 0, 0.0
    with torch.no_grad():
        for lo in range(0, len(x), 256):
            out = net(x[lo:lo + 256])
            loss += loss_fn(out, y[lo:lo + 256]).item() * len(out)
            correct += (out.argmax(1) == y[lo:lo + 256]).sum().item()
    return correct / len(x), loss / len(x)


rates = []
for epoch in range(a.epochs):
    start = time.perf_counter()
    train_epoch(net, opt, loss_fn, xt, yt, a.batch)
    rates.append(len(xt) / (time.perf_counter() - start))
    accuracy_and_loss(xv, yv)  # a validation pass per epoch, as the workbench does
steady = rates[1:] or rates
print(json.dumps({"images_per_s": statistics.median(steady), "min": min(steady), "max": max(steady),
                  "epoch_rates": rates, "seconds": time.perf_counter() - t0,
                  "test_accuracy": accuracy_and_loss(xs, ys)[0], "classes": len(classes), "images": len(x_all)}))
