"""Makes the resnet18-like TorchScript backbone for the image fine-tuning tests.

Run with Debian's torch (python3-torch 1.13): /usr/bin/python3 make_resnet_like_backbone.py OUT.pt

The network has resnet18's layout (7x7 stem, max-pool, four stages of two basic blocks, global
average pool) with narrow stages and a 1x1 projection to 512 channels, so the file stays under
half a megabyte yet, like torchvision's resnet18 without its fc layer, maps [N, 3, 224, 224]
(values in [0, 1]) to 512 features. It is pretrained for a few epochs on synthetic shapes
(squares, triangles, lines, plain) and traced without its classifier.
"""
import random
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image, ImageDraw


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.c1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.b1 = nn.BatchNorm2d(cout)
        self.c2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.b2 = nn.BatchNorm2d(cout)
        self.down = (nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))
                     if stride != 1 or cin != cout else nn.Identity())

    def forward(self, x):
        return torch.relu(self.b2(self.c2(torch.relu(self.b1(self.c1(x))))) + self.down(x))


class Backbone(nn.Module):
    def __init__(self, widths=(8, 16, 24, 32)):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, widths[0], 7, 2, 3, bias=False), nn.BatchNorm2d(widths[0]),
                                  nn.ReLU(), nn.MaxPool2d(3, 2, 1))
        layers, c = [], widths[0]
        for i, w in enumerate(widths):
            layers += [Block(c, w, 1 if i == 0 else 2), Block(w, w, 1)]
            c = w
        self.layers = nn.Sequential(*layers)
        self.proj = nn.Sequential(nn.Conv2d(c, 512, 1), nn.ReLU())
        self.pool = nn.AdaptiveAvgPool2d(1)

    def forward(self, x):
        return torch.flatten(self.pool(self.proj(self.layers(self.stem(x)))), 1)


def shape(kind, rnd, size=224):
    img = Image.new("RGB", (size, size), tuple(rnd.randint(100, 230) for _ in range(3)))
    d = ImageDraw.Draw(img)
    c = tuple(rnd.randint(0, 90) for _ in range(3))
    x, y, r = rnd.randint(40, 184), rnd.randint(40, 184), rnd.randint(10, 38)
    if kind == 0:
        d.rectangle((x - r, y - r, x + r, y + r), fill=c)
    elif kind == 1:
        d.polygon([(x, y - r), (x - r, y + r), (x + r, y + r)], fill=c)
    elif kind == 2:
        d.line((rnd.randint(0, size), rnd.randint(0, size), rnd.randint(0, size), rnd.randint(0, size)),
               fill=c, width=rnd.randint(2, 5))
    return torch.tensor(list(img.getdata()), dtype=torch.float32).view(size, size, 3).permute(2, 0, 1) / 255


def main():
    torch.manual_seed(0)
    rnd = random.Random(0)
    ys = [i % 4 for i in range(480)]
    xs = torch.stack([shape(k, rnd) for k in ys])
    ys = torch.tensor(ys)
    backbone = Backbone()
    model = nn.Sequential(backbone, nn.Linear(512, 4))
    opt = torch.optim.Adam(model.parameters(), lr=0.003)
    for _ in range(4):
        perm = torch.randperm(len(xs))
        for i in range(0, len(xs), 32):
            idx = perm[i:i + 32]
            opt.zero_grad()
            F.cross_entropy(model(xs[idx]), ys[idx]).backward()
            opt.step()
    backbone.eval()
    print("train accuracy on shapes:", (model(xs).argmax(1) == ys).float().mean().item())
    torch.jit.trace(backbone, torch.zeros(1, 3, 224, 224)).save(sys.argv[1])


if __name__ == "__main__":
    main()
