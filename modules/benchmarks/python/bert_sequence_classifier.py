#!/usr/bin/python3
"""Scores texts with an exported BertForSequenceClassification folder, in plain Python.

This re-implements, from their published definitions, the three parts of Hugging Face's stack
that a data scientist would use on a folder the workbench exports (transformers, tokenizers and
safetensors are not installable on these machines; torch and numpy are):

  * the safetensors format: an 8-byte little-endian header length, a JSON header giving each
    tensor's dtype, shape and byte range, then the raw little-endian tensors;
  * the BERT tokenizer described by the folder's tokenizer.json: added (special) tokens matched in
    the raw text, BertNormalizer, BertPreTokenizer, WordPiece, the [CLS] A [SEP] template and
    right truncation to the length the workbench used;
  * BertForSequenceClassification's forward pass (eval mode), as transformers computes it, with
    weights looked up only by their Hugging Face names.

Usage:
  bert_sequence_classifier.py FOLDER TEXTS.csv COLUMN OUT.json [--ids-only]

Writes JSON: {"labels": [...], "max_tokens": n, "ids": [[...], ...], "probabilities": [[...]]}.
"""
import csv
import json
import math
import sys
import unicodedata

import numpy as np
import torch

# --------------------------------------------------------------------------------- safetensors

_DTYPES = {
    "F64": np.float64, "F32": np.float32, "F16": np.float16,
    "I64": np.int64, "I32": np.int32, "I16": np.int16, "I8": np.int8, "U8": np.uint8,
    "BOOL": np.bool_,
}


_SIZES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1,
          "BOOL": 1}


def read_safetensors(path):
    """Returns (tensors by name as torch tensors, metadata dict). Checks what the Rust safetensors
    library checks when it opens a file: a header starting with '{', tensors that tile the data
    area in order with no gap or overlap, each exactly as long as its shape and dtype say."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 8:
        raise ValueError(f"{path}: too short for a safetensors file")
    header_len = int.from_bytes(data[:8], "little")
    if header_len > 100_000_000 or 8 + header_len > len(data):
        raise ValueError(f"{path}: header length {header_len} is impossible")
    raw_header = data[8:8 + header_len]
    if not raw_header.startswith(b"{"):
        raise ValueError(f"{path}: the header does not start with '{{'")
    header = json.loads(raw_header.decode("utf-8"))
    base = 8 + header_len
    metadata = header.pop("__metadata__", {}) or {}
    end_of_previous = 0
    for name, info in sorted(header.items(), key=lambda kv: tuple(kv[1]["data_offsets"])):
        start, end = info["data_offsets"]
        if start != end_of_previous:
            raise ValueError(f"{path}: {name} starts at {start}, not at {end_of_previous}")
        count = int(np.prod(info["shape"])) if info["shape"] else 1
        if end - start != count * _SIZES[info["dtype"]]:
            raise ValueError(f"{path}: {name} has {end - start} bytes for shape {info['shape']}")
        end_of_previous = end
    if base + end_of_previous != len(data):
        raise ValueError(f"{path}: the tensors end at {base + end_of_previous}, the file at {len(data)}")
    tensors = {}
    for name, info in header.items():
        start, end = info["data_offsets"]
        raw = data[base + start:base + end]
        shape = [int(s) for s in info["shape"]]
        dtype = info["dtype"]
        if dtype == "BF16":
            # bfloat16 is the upper half of a float32: widen it by shifting 16 bits.
            array = (np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16).view(np.float32)
        else:
            array = np.frombuffer(raw, dtype=np.dtype(_DTYPES[dtype]).newbyteorder("<"))
            array = array.astype(array.dtype.newbyteorder("="))
        tensors[name] = torch.from_numpy(array.reshape(shape).copy())
    return tensors, metadata


# ----------------------------------------------------------------------------------- tokenizer

# Unicode's White_Space property (Rust's char::is_whitespace); Python's str.isspace() also counts
# U+001C..U+001F, which Rust does not.
_WHITE_SPACE = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") \
    | {chr(c) for c in range(0x2000, 0x200B)}


def _is_whitespace(c):
    return c in _WHITE_SPACE


def _is_control(c):
    # Cc, Cf, Cn, Co, Cs ("Other" in Rust's unicode_categories), but not \t \n \r.
    if c in "\t\n\r":
        return False
    return unicodedata.category(c).startswith("C")


def _is_chinese(c):
    cp = ord(c)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B920 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _is_punctuation(c):
    # ASCII punctuation (which includes symbols such as $ + < = > ^ ` | ~) or any Unicode P*.
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")


class BertWordPieceTokenizer:
    """The tokenizer a BERT tokenizer.json describes (BertNormalizer, BertPreTokenizer, WordPiece,
    a [CLS] A [SEP] template), truncating on the right to max_length tokens."""

    def __init__(self, tokenizer_json, max_length):
        spec = tokenizer_json
        norm = spec.get("normalizer") or {}
        if norm.get("type") != "BertNormalizer":
            raise ValueError(f"normalizer {norm.get('type')} is not BertNormalizer")
        if (spec.get("pre_tokenizer") or {}).get("type") != "BertPreTokenizer":
            raise ValueError("pre_tokenizer is not BertPreTokenizer")
        model = spec["model"]
        if model.get("type") != "WordPiece":
            raise ValueError(f"model {model.get('type')} is not WordPiece")
        self.clean_text = norm.get("clean_text", True)
        self.chinese = norm.get("handle_chinese_chars", True)
        self.lowercase = norm.get("lowercase", True)
        strip = norm.get("strip_accents")
        # tokenizers: strip_accents null means "as lowercase".
        self.strip_accents = self.lowercase if strip is None else strip
        self.vocab = model["vocab"]
        self.unk = model.get("unk_token", "[UNK]")
        self.prefix = model.get("continuing_subword_prefix", "##")
        self.max_chars = model.get("max_input_chars_per_word", 100)
        # Added tokens that are not normalized are matched in the raw text, before anything else.
        self.added = sorted((t["content"] for t in spec.get("added_tokens", [])
                             if not t.get("normalized", False)), key=len, reverse=True)
        self.added_ids = {t["content"]: t["id"] for t in spec.get("added_tokens", [])}
        post = spec.get("post_processor") or {}
        single = post.get("single")
        if post.get("type") == "TemplateProcessing" and single:
            self.template = []
            for piece in single:
                if "SpecialToken" in piece:
                    tok = piece["SpecialToken"]["id"]
                    self.template.append(post["special_tokens"][tok]["ids"][0])
                else:
                    self.template.append(None)
        elif post.get("type") == "BertProcessing":
            self.template = [post["cls"][1], None, post["sep"][1]]
        else:
            raise ValueError(f"post_processor {post.get('type')} is not supported")
        self.max_length = max_length

    def normalize(self, text):
        if self.clean_text:
            text = "".join(" " if _is_whitespace(c) else c for c in text
                           if not (c == "\0" or c == "\ufffd" or _is_control(c)))
        if self.chinese:
            text = "".join(f" {c} " if _is_chinese(c) else c for c in text)
        if self.strip_accents:
            text = "".join(c for c in unicodedata.normalize("NFD", text)
                           if unicodedata.category(c) != "Mn")
        if self.lowercase:
            # Per character, as tokenizers does (no final-sigma rule of str.lower()).
            text = "".join(c.lower() for c in text)
        return text

    @staticmethod
    def pre_tokenize(text):
        words, current = [], []
        for c in text:
            if _is_whitespace(c):
                if current:
                    words.append("".join(current))
                    current = []
            elif _is_punctuation(c):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(c)
            else:
                current.append(c)
        if current:
            words.append("".join(current))
        return words

    def word_piece(self, word):
        if len(word) > self.max_chars:
            return [self.vocab[self.unk]]
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else self.prefix + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.vocab[self.unk]]
            ids.append(found)
            start = end
        return ids

    def _split_added(self, text):
        """Yields (segment, is_added_token)."""
        i, last = 0, 0
        while i < len(text):
            hit = next((t for t in self.added if text.startswith(t, i)), None)
            if hit:
                if last < i:
                    yield text[last:i], False
                yield hit, True
                i += len(hit)
                last = i
            else:
                i += 1
        if last < len(text):
            yield text[last:], False

    def encode(self, text):
        body = []
        for segment, is_added in self._split_added(text or ""):
            if is_added:
                body.append(self.added_ids[segment])
                continue
            for word in self.pre_tokenize(self.normalize(segment)):
                body.extend(self.word_piece(word))
        specials = sum(1 for t in self.template if t is not None)
        if self.max_length and len(body) + specials > self.max_length:
            body = body[:max(0, self.max_length - specials)]
        ids = []
        for t in self.template:
            ids.extend(body if t is None else [t])
        return ids


# ------------------------------------------------------------------------------------- model

class BertForSequenceClassification:
    """transformers' BertForSequenceClassification in eval mode (dropout off), absolute position
    embeddings, post-LayerNorm layers, pooler on the first token, linear classifier."""

    def __init__(self, config, weights):
        self.c = config
        if config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError("only absolute position embeddings are implemented")
        act = config.get("hidden_act", "gelu")
        acts = {
            "gelu": lambda x: torch.nn.functional.gelu(x),  # exact, erf-based (transformers' GELUActivation)
            "relu": torch.relu,
            "gelu_new": lambda x: 0.5 * x * (1.0 + torch.tanh(
                math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0)))),
        }
        if act not in acts:
            raise ValueError(f"hidden_act {act} is not implemented")
        self.act = acts[act]
        self.eps = float(config["layer_norm_eps"])
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.w = weights
        self.used = set()

    def p(self, name):
        self.used.add(name)
        if name not in self.w:
            raise KeyError(f"model.safetensors has no {name}")
        return self.w[name].to(torch.float32)

    def linear(self, x, name):
        return torch.nn.functional.linear(x, self.p(name + ".weight"), self.p(name + ".bias"))

    def layer_norm(self, x, name):
        return torch.nn.functional.layer_norm(x, (x.shape[-1],), self.p(name + ".weight"),
                                              self.p(name + ".bias"), self.eps)

    def logits(self, input_ids, attention_mask, token_type_ids):
        b, n = input_ids.shape
        e = "bert.embeddings."
        positions = torch.arange(n).unsqueeze(0).expand(b, n)
        x = (torch.nn.functional.embedding(input_ids, self.p(e + "word_embeddings.weight"))
             + torch.nn.functional.embedding(token_type_ids, self.p(e + "token_type_embeddings.weight"))
             + torch.nn.functional.embedding(positions, self.p(e + "position_embeddings.weight")))
        x = self.layer_norm(x, e + "LayerNorm")
        # transformers' get_extended_attention_mask: (1 - mask) * finfo(float32).min, added to scores.
        extended = (1.0 - attention_mask[:, None, None, :].to(torch.float32)) \
            * torch.finfo(torch.float32).min
        hidden = x.shape[-1]
        d = hidden // self.heads
        for i in range(self.layers):
            pre = f"bert.encoder.layer.{i}."

            def split(t):
                return t.view(b, n, self.heads, d).permute(0, 2, 1, 3)

            q = split(self.linear(x, pre + "attention.self.query"))
            k = split(self.linear(x, pre + "attention.self.key"))
            v = split(self.linear(x, pre + "attention.self.value"))
            scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + extended
            probs = torch.softmax(scores, dim=-1)
            context = torch.matmul(probs, v).permute(0, 2, 1, 3).reshape(b, n, hidden)
            attn = self.layer_norm(self.linear(context, pre + "attention.output.dense") + x,
                                   pre + "attention.output.LayerNorm")
            inter = self.act(self.linear(attn, pre + "intermediate.dense"))
            x = self.layer_norm(self.linear(inter, pre + "output.dense") + attn,
                                pre + "output.LayerNorm")
        pooled = torch.tanh(self.linear(x[:, 0], "bert.pooler.dense"))
        return self.linear(pooled, "classifier")


def score(folder, texts, batch_size=16):
    with open(f"{folder}/config.json", encoding="utf-8") as f:
        config = json.load(f)
    with open(f"{folder}/tokenizer.json", encoding="utf-8") as f:
        tokenizer_json = json.load(f)
    max_tokens = max_length(folder, config, tokenizer_json)
    tokenizer = BertWordPieceTokenizer(tokenizer_json, max_tokens)
    id2label = config["id2label"]
    labels = [id2label[str(i)] for i in range(len(id2label))]
    ids = [tokenizer.encode(t) for t in texts]
    weights, metadata = read_safetensors(f"{folder}/model.safetensors")
    model = BertForSequenceClassification(config, weights)
    pad = int(config.get("pad_token_id", 0))
    probabilities = []
    with torch.no_grad():
        # Padded batches with an attention mask, as tokenizer(texts, padding=True) would give.
        for s in range(0, len(ids), batch_size):
            chunk = ids[s:s + batch_size]
            n = max(len(r) for r in chunk)
            input_ids = torch.tensor([r + [pad] * (n - len(r)) for r in chunk], dtype=torch.long)
            mask = torch.tensor([[1] * len(r) + [0] * (n - len(r)) for r in chunk], dtype=torch.long)
            types = torch.zeros_like(input_ids)
            logits = model.logits(input_ids, mask, types)
            probabilities.extend(torch.softmax(logits, dim=-1).tolist())
    unused = sorted(set(weights) - model.used)
    return {"labels": labels, "max_tokens": max_tokens, "ids": ids,
            "probabilities": probabilities, "unused_weights": unused,
            "safetensors_metadata": metadata, "tensors": len(weights)}


def max_length(folder, config, tokenizer_json):
    """The workbench's side file first, then tokenizer.json's truncation, then 512."""
    try:
        with open(f"{folder}/workbench-text-classifier.json", encoding="utf-8") as f:
            n = int(json.load(f).get("maxTokens", 0))
            if n > 0:
                return min(n, int(config.get("max_position_embeddings", n)))
    except FileNotFoundError:
        pass
    trunc = tokenizer_json.get("truncation") or {}
    if trunc.get("max_length"):
        return int(trunc["max_length"])
    return min(512, int(config.get("max_position_embeddings", 512)))


def main(argv):
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    folder, texts_csv, column, out = argv[1:5]
    torch.set_num_threads(1)
    with open(texts_csv, newline="", encoding="utf-8") as f:
        texts = [row[column] for row in csv.DictReader(f)]
    if "--ids-only" in argv:
        with open(f"{folder}/config.json", encoding="utf-8") as f:
            config = json.load(f)
        with open(f"{folder}/tokenizer.json", encoding="utf-8") as f:
            tj = json.load(f)
        tok = BertWordPieceTokenizer(tj, max_length(folder, config, tj))
        result = {"max_tokens": tok.max_length, "ids": [tok.encode(t) for t in texts]}
    else:
        result = score(folder, texts)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
