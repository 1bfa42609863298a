from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.metadata import Metadata
    from ..models.thread_assistant_message import ThreadAssistantMessage
    from ..models.thread_developer_message import ThreadDeveloperMessage
    from ..models.thread_system_message import ThreadSystemMessage
    from ..models.thread_tool_message import ThreadToolMessage
    from ..models.thread_user_message import ThreadUserMessage
    from ..models.tool_definitions import ToolDefinitions


T = TypeVar("T", bound="ThreadChatRequest")


@_attrs_define
class ThreadChatRequest:
    """The body of `chat_thread`."""

    messages: list[
        ThreadAssistantMessage | ThreadDeveloperMessage | ThreadSystemMessage | ThreadToolMessage | ThreadUserMessage
    ]
    """ Messages to append, in order; may be empty to run the assistant on the thread as it is. """
    system: str | Unset = UNSET
    """ The system prompt for this run. """
    tools: ToolDefinitions | Unset = UNSET
    """ Tools the model may call, by name (the assistant-ui shape). """
    model: str | Unset = UNSET
    """ The model that answers; the server's default model (e.g. `echo-1`) when left out. """
    max_tokens: int | Unset = UNSET
    """ The most tokens the run may generate. """
    temperature: float | Unset = UNSET
    stream: bool | Unset = True
    """ Answer with the run's event stream (true) or with the finished run as JSON (false). """
    run_config: JsonObject | Unset = UNSET
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thread_assistant_message import ThreadAssistantMessage  # noqa: PLC0415
        from ..models.thread_developer_message import ThreadDeveloperMessage  # noqa: PLC0415
        from ..models.thread_system_message import ThreadSystemMessage  # noqa: PLC0415
        from ..models.thread_user_message import ThreadUserMessage  # noqa: PLC0415

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ThreadSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ThreadDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ThreadUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ThreadAssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        system = self.system

        tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools.to_dict()

        model = self.model

        max_tokens = self.max_tokens

        temperature = self.temperature

        stream = self.stream

        run_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_config, Unset):
            run_config = self.run_config.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if tools is not UNSET:
            field_dict["tools"] = tools
        if model is not UNSET:
            field_dict["model"] = model
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.thread_assistant_message import ThreadAssistantMessage  # noqa: PLC0415
        from ..models.thread_developer_message import ThreadDeveloperMessage  # noqa: PLC0415
        from ..models.thread_system_message import ThreadSystemMessage  # noqa: PLC0415
        from ..models.thread_tool_message import ThreadToolMessage  # noqa: PLC0415
        from ..models.thread_user_message import ThreadUserMessage  # noqa: PLC0415
        from ..models.tool_definitions import ToolDefinitions  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ThreadAssistantMessage
                | ThreadDeveloperMessage
                | ThreadSystemMessage
                | ThreadToolMessage
                | ThreadUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_input_message_type_0 = ThreadSystemMessage.from_dict(data)

                    return componentsschemas_thread_input_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_input_message_type_1 = ThreadDeveloperMessage.from_dict(data)

                    return componentsschemas_thread_input_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_input_message_type_2 = ThreadUserMessage.from_dict(data)

                    return componentsschemas_thread_input_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_input_message_type_3 = ThreadAssistantMessage.from_dict(data)

                    return componentsschemas_thread_input_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_input_message_type_4 = ThreadToolMessage.from_dict(data)

                return componentsschemas_thread_input_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        system = d.pop("system", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: ToolDefinitions | Unset
        if isinstance(_tools, Unset):
            tools = UNSET
        else:
            tools = ToolDefinitions.from_dict(_tools)

        model = d.pop("model", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        stream = d.pop("stream", UNSET)

        _run_config = d.pop("run_config", UNSET)
        run_config: JsonObject | Unset
        if isinstance(_run_config, Unset):
            run_config = UNSET
        else:
            run_config = JsonObject.from_dict(_run_config)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        thread_chat_request = cls(
            messages=messages,
            system=system,
            tools=tools,
            model=model,
            max_tokens=max_tokens,
            temperature=temperature,
            stream=stream,
            run_config=run_config,
            metadata=metadata,
        )

        thread_chat_request.additional_properties = d
        return thread_chat_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadChatRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ThreadChatRequest)
        v_: Any = data["messages"]
        v_ = [_decode_messages_item(t_messages_item) for t_messages_item in v_]

        decoded.messages = v_
        t_count = 1
        if "system" in data:
            decoded.system = data["system"]
            t_count += 1
        else:
            decoded.system = UNSET
        if "tools" in data:
            v_ = data["tools"]
            v_ = _MODEL_ToolDefinitions.decode(v_)

            decoded.tools = v_
            t_count += 1
        else:
            decoded.tools = UNSET
        if "model" in data:
            decoded.model = data["model"]
            t_count += 1
        else:
            decoded.model = UNSET
        if "max_tokens" in data:
            decoded.max_tokens = data["max_tokens"]
            t_count += 1
        else:
            decoded.max_tokens = UNSET
        if "temperature" in data:
            decoded.temperature = data["temperature"]
            t_count += 1
        else:
            decoded.temperature = UNSET
        if "stream" in data:
            decoded.stream = data["stream"]
            t_count += 1
        else:
            decoded.stream = UNSET
        if "run_config" in data:
            v_ = data["run_config"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_run_config = new_object(_MODEL_JsonObject)
                t_run_config.additional_properties = v_.copy()
                v_ = t_run_config
            elif v_ is not UNSET:
                v_ = _MODEL_JsonObject.from_dict(v_)

            decoded.run_config = v_
            t_count += 1
        else:
            decoded.run_config = UNSET
        if "metadata" in data:
            v_ = data["metadata"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_metadata = new_object(_MODEL_Metadata)
                t_metadata.additional_properties = v_.copy()
                v_ = t_metadata
            elif v_ is not UNSET:
                v_ = _MODEL_Metadata.from_dict(v_)

            decoded.metadata = v_
            t_count += 1
        else:
            decoded.metadata = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadChatRequest here

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS = frozenset(
    {
        "messages",
        "system",
        "tools",
        "model",
        "max_tokens",
        "temperature",
        "stream",
        "run_config",
        "metadata",
    }
)


def _decode_messages_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_input_message_type_0: Any = data
            v_componentsschemas_thread_input_message_type_0 = _MODEL_ThreadSystemMessage.decode(
                v_componentsschemas_thread_input_message_type_0
            )

            return v_componentsschemas_thread_input_message_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_input_message_type_1: Any = data
            v_componentsschemas_thread_input_message_type_1 = _MODEL_ThreadDeveloperMessage.decode(
                v_componentsschemas_thread_input_message_type_1
            )

            return v_componentsschemas_thread_input_message_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_input_message_type_2: Any = data
            v_componentsschemas_thread_input_message_type_2 = _MODEL_ThreadUserMessage.decode(
                v_componentsschemas_thread_input_message_type_2
            )

            return v_componentsschemas_thread_input_message_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_input_message_type_3: Any = data
            v_componentsschemas_thread_input_message_type_3 = _MODEL_ThreadAssistantMessage.decode(
                v_componentsschemas_thread_input_message_type_3
            )

            return v_componentsschemas_thread_input_message_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_componentsschemas_thread_input_message_type_4: Any = data
    v_componentsschemas_thread_input_message_type_4 = _MODEL_ThreadToolMessage.decode(
        v_componentsschemas_thread_input_message_type_4
    )

    return v_componentsschemas_thread_input_message_type_4


_MODEL_JsonObject: type[_models.JsonObject]
_MODEL_Metadata: type[_models.Metadata]
_MODEL_ThreadAssistantMessage: type[_models.ThreadAssistantMessage]
_MODEL_ThreadDeveloperMessage: type[_models.ThreadDeveloperMessage]
_MODEL_ThreadSystemMessage: type[_models.ThreadSystemMessage]
_MODEL_ThreadToolMessage: type[_models.ThreadToolMessage]
_MODEL_ThreadUserMessage: type[_models.ThreadUserMessage]
_MODEL_ToolDefinitions: type[_models.ToolDefinitions]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global \
        _MODEL_JsonObject, \
        _MODEL_Metadata, \
        _MODEL_ThreadAssistantMessage, \
        _MODEL_ThreadDeveloperMessage, \
        _MODEL_ThreadSystemMessage, \
        _MODEL_ThreadToolMessage, \
        _MODEL_ThreadUserMessage, \
        _MODEL_ToolDefinitions, \
        _linked
    _MODEL_JsonObject = _models.JsonObject
    _MODEL_Metadata = _models.Metadata
    _MODEL_ThreadAssistantMessage = _models.ThreadAssistantMessage
    _MODEL_ThreadDeveloperMessage = _models.ThreadDeveloperMessage
    _MODEL_ThreadSystemMessage = _models.ThreadSystemMessage
    _MODEL_ThreadToolMessage = _models.ThreadToolMessage
    _MODEL_ThreadUserMessage = _models.ThreadUserMessage
    _MODEL_ToolDefinitions = _models.ToolDefinitions
    _linked = True
