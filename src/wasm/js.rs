//! The report as plain JS objects: the serde derives the CLI prints JSON with, building
//! objects, arrays, strings and numbers through JS as serde-wasm-bindgen's JSON-compatible
//! serialiser did, in a fraction of its code: its generic steps inlined into every field
//! of every type, and its cache of field names a hash map of its own, were some 15 KB of the
//! module. (The report as JSON text for `JSON.parse` was smaller still, but parsing took
//! longer than building: 6% more CPU time on 10 KB to 1 MB of text.)
//!
//! Structs are objects (fields in order, skipped fields absent), sequences, tuples and tuple
//! structs arrays, `None` and `()` `null`, unit variants their names. What the report does
//! not hold (maps, bytes, variants with data) is an error.

use js_sys::{Array, Object};
use serde::ser::{self, Impossible, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A JS object or array, its properties set by key (which cannot fail for a plain one).
    pub(super) type Target;

    #[wasm_bindgen(method, indexing_setter)]
    pub(super) fn set(this: &Target, key: &JsValue, value: &JsValue);
}

/// `value` as JS values.
pub(super) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Unbuildable> {
    let mut js = Js {
        names: NAMES_MADE.take(),
    };
    js.names.resize(NAMES, ("", JsValue::UNDEFINED));
    let built = value.serialize(&mut js);
    NAMES_MADE.set(js.names);
    built
}

thread_local! {
    /// [`Js::names`], kept from one report to the next.
    static NAMES_MADE: std::cell::Cell<Vec<(&'static str, JsValue)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Slots of the cache of names as JS strings: more than the report has field and variant
/// names, so that few share a slot.
const NAMES: usize = 256;

/// A value the report cannot hold.
#[derive(Debug)]
pub(super) struct Unbuildable;

impl std::fmt::Display for Unbuildable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value the report cannot hold")
    }
}

impl std::error::Error for Unbuildable {}

impl ser::Error for Unbuildable {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        Unbuildable
    }
}

type Built = Result<JsValue, Unbuildable>;

struct Js {
    /// Field and variant names as JS strings, each in the slot of its address (a name in the
    /// slot another took is made again): made once, not once per object nor per report.
    names: Vec<(&'static str, JsValue)>,
}

impl Js {
    /// The JS string of a name in the code. Here and below, never inlined: the derives call
    /// these for every field of each type, where their code inlined would be copies.
    #[inline(never)]
    fn name(&mut self, name: &'static str) -> JsValue {
        let at = name.as_ptr() as usize;
        let slot = &mut self.names[at.wrapping_mul(0x9E37_79B9) >> 8 & (NAMES - 1)];
        // The same name (address and length), not another that happens to start there.
        if !std::ptr::eq(slot.0, name) {
            *slot = (name, JsValue::from_str(name));
        }
        slot.1.clone()
    }

    #[inline(never)]
    fn open(&mut self, object: bool) -> Entries<'_> {
        let target = if object {
            Object::new().into()
        } else {
            Array::new().into()
        };
        Entries { js: self, target }
    }
}

/// An array or an object being built.
pub(super) struct Entries<'a> {
    js: &'a mut Js,
    target: JsValue,
}

impl Entries<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unbuildable> {
        let value = value.serialize(&mut *self.js)?;
        self.push(value);
        Ok(())
    }

    #[inline(never)]
    fn push(&self, value: JsValue) {
        self.target.unchecked_ref::<Array>().push(&value);
    }

    fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unbuildable> {
        let value = value.serialize(&mut *self.js)?;
        self.set(key, value);
        Ok(())
    }

    #[inline(never)]
    fn set(&mut self, key: &'static str, value: JsValue) {
        let key = self.js.name(key);
        self.target.unchecked_ref::<Target>().set(&key, &value);
    }

    fn end(self) -> Built {
        Ok(self.target)
    }
}

impl<'a> ser::Serializer for &'a mut Js {
    type Ok = JsValue;
    type Error = Unbuildable;
    type SerializeSeq = Entries<'a>;
    type SerializeTuple = Entries<'a>;
    type SerializeTupleStruct = Entries<'a>;
    type SerializeTupleVariant = Impossible<JsValue, Unbuildable>;
    type SerializeMap = Impossible<JsValue, Unbuildable>;
    type SerializeStruct = Entries<'a>;
    type SerializeStructVariant = Impossible<JsValue, Unbuildable>;

    fn serialize_bool(self, v: bool) -> Built {
        Ok(v.into())
    }
    fn serialize_i8(self, v: i8) -> Built {
        self.serialize_f64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Built {
        self.serialize_f64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Built {
        self.serialize_f64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Built {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Built {
        self.serialize_f64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Built {
        self.serialize_f64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Built {
        self.serialize_f64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Built {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Built {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Built {
        Ok(JsValue::from_f64(v))
    }
    fn serialize_char(self, v: char) -> Built {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Built {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Built {
        Err(Unbuildable)
    }
    fn serialize_none(self) -> Built {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Built {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Built {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Built {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Built {
        Ok(self.name(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Built {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Built {
        Err(Unbuildable)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Entries<'a>, Unbuildable> {
        Ok(self.open(false))
    }
    fn serialize_tuple(self, _: usize) -> Result<Entries<'a>, Unbuildable> {
        Ok(self.open(false))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Entries<'a>, Unbuildable> {
        Ok(self.open(false))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unbuildable> {
        Err(Unbuildable)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unbuildable> {
        Err(Unbuildable)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Entries<'a>, Unbuildable> {
        Ok(self.open(true))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unbuildable> {
        Err(Unbuildable)
    }
}

impl ser::SerializeSeq for Entries<'_> {
    type Ok = JsValue;
    type Error = Unbuildable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unbuildable> {
        self.element(value)
    }
    fn end(self) -> Built {
        Entries::end(self)
    }
}

impl ser::SerializeTuple for Entries<'_> {
    type Ok = JsValue;
    type Error = Unbuildable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unbuildable> {
        self.element(value)
    }
    fn end(self) -> Built {
        Entries::end(self)
    }
}

impl ser::SerializeTupleStruct for Entries<'_> {
    type Ok = JsValue;
    type Error = Unbuildable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unbuildable> {
        self.element(value)
    }
    fn end(self) -> Built {
        Entries::end(self)
    }
}

impl ser::SerializeStruct for Entries<'_> {
    type Ok = JsValue;
    type Error = Unbuildable;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unbuildable> {
        self.field(key, value)
    }
    fn end(self) -> Built {
        Entries::end(self)
    }
}
