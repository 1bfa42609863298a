from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from ..models.chat_tool_choice_mode import (
    CHAT_TOOL_CHOICE_MODE_VALUES,
    ChatToolChoiceMode,
    check_chat_tool_choice_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_response_format_json_object import ChatResponseFormatJsonObject
    from ..models.chat_response_format_json_schema import ChatResponseFormatJsonSchema
    from ..models.chat_response_format_text import ChatResponseFormatText
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool import ChatTool
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.json_object import JsonObject
    from ..models.mcp_servers import McpServers
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """An OpenAI-compatible chat completion request, plus the ChatServer extensions
    (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`, `allowed_tools`,
    `setting_sources`, `mcp_servers`) at the top level.

    Every field is listed here. Any other field, including those of OpenAI's API this server does
    not implement (`top_logprobs`, `store`, `service_tier`, `logit_bias`, `modalities`, `audio`,
    `prediction`, `reasoning_effort`, `functions`, ...), is refused as OpenAI refuses unknown
    arguments: `400` with type `invalid_request_error`, code `unknown_parameter` and `param`
    naming it (`messages.1.foo` inside a message). `max_tokens` and `max_completion_tokens`
    together are refused as OpenAI refuses them: `400` with code
    `invalid_parameter_combination` and `param: max_tokens`; so is `stream_options` without
    `stream: true` (a 400 naming `stream_options`).

    """

    model: str
    """ The model's id (see `list_models`). """
    messages: list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage]
    temperature: float | Unset = 1.0
    top_p: float | Unset = 1.0
    max_tokens: int | Unset = UNSET
    """ The most tokens to generate (OpenAI's older name of `max_completion_tokens`). """
    max_completion_tokens: int | Unset = UNSET
    """ The most tokens to generate: an answer that reaches it is cut there with finish reason
    `length`. Exactly the same as `max_tokens`; give one of the two.
     """
    logprobs: bool | None | Unset = UNSET
    """ Log probabilities are not offered: `false` (or null, both the default) is accepted, `true` is
    refused with a 400 naming `logprobs`. Answers carry `logprobs: null`.
     """
    n: int | Unset = 1
    """ How many choices to generate. """
    stop: list[str] | str | Unset = UNSET
    """ Up to 4 sequences where the model stops generating. """
    presence_penalty: float | Unset = 0.0
    frequency_penalty: float | Unset = 0.0
    seed: int | Unset = UNSET
    response_format: ChatResponseFormatJsonObject | ChatResponseFormatJsonSchema | ChatResponseFormatText | Unset = (
        UNSET
    )
    """ The form of the answer's content: `text`; `json_object` (one JSON object); or `json_schema`
    (JSON that validates against the given schema). The built-in models answer a `json_schema`
    request with a value built from the schema alone (deterministic: the same schema gives the same
    value), then `max_tokens` and `stop` apply as to any answer. Tool calls are not reshaped.
     """
    stream: bool | Unset = False
    """ Answer as a `text/event-stream` of chunks instead of one JSON object. """
    stream_options: ChatStreamOptions | Unset = UNSET
    """ Options of a streamed completion. """
    tools: list[ChatTool] | Unset = UNSET
    tool_choice: ChatNamedToolChoice | ChatToolChoiceMode | Unset = UNSET
    """ `none`, `auto` (the default when tools are given), `required`, or one named function. """
    parallel_tool_calls: bool | Unset = True
    user: str | Unset = UNSET
    """ The end user this conversation belongs to; its session is recorded under this id. """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    session_id: str | Unset = UNSET
    """ Continue (or start, on first use) the session with this id: letters, digits, `_`, `.`, `:` and `-`, not dots
    only (the id is a path segment of `/v1/sessions/{session_id}`, where `.` and `..` would name another path). """
    system_prompt: str | Unset = UNSET
    """ A system prompt placed before `messages`. """
    organization_id: str | Unset = UNSET
    """ The organisation the session is recorded under. """
    workflow: str | Unset = UNSET
    """ The name of a server-side workflow to run the completion in. """
    variables: JsonObject | Unset = UNSET
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    allowed_tools: list[str] | Unset = UNSET
    """ Names of the server-side tools the model may use. """
    setting_sources: list[str] | Unset = UNSET
    """ Where the agent loads its settings from (e.g. `user`, `project`). """
    mcp_servers: McpServers | Unset = UNSET
    """ MCP servers the agent may use, by name; each value is that server's configuration. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_assistant_message import ChatAssistantMessage  # noqa: PLC0415
        from ..models.chat_developer_message import ChatDeveloperMessage  # noqa: PLC0415
        from ..models.chat_response_format_json_object import (
            ChatResponseFormatJsonObject,  # noqa: PLC0415
        )
        from ..models.chat_response_format_text import ChatResponseFormatText  # noqa: PLC0415
        from ..models.chat_system_message import ChatSystemMessage  # noqa: PLC0415
        from ..models.chat_user_message import ChatUserMessage  # noqa: PLC0415

        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatAssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        temperature = self.temperature

        top_p = self.top_p

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        n = self.n

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        seed = self.seed

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ChatResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ChatResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        user = self.user

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        session_id = self.session_id

        system_prompt = self.system_prompt

        organization_id = self.organization_id

        workflow = self.workflow

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        allowed_tools: list[str] | Unset = UNSET
        if not isinstance(self.allowed_tools, Unset):
            allowed_tools = self.allowed_tools

        setting_sources: list[str] | Unset = UNSET
        if not isinstance(self.setting_sources, Unset):
            setting_sources = self.setting_sources

        mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if n is not UNSET:
            field_dict["n"] = n
        if stop is not UNSET:
            field_dict["stop"] = stop
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if user is not UNSET:
            field_dict["user"] = user
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if variables is not UNSET:
            field_dict["variables"] = variables
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if setting_sources is not UNSET:
            field_dict["setting_sources"] = setting_sources
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_assistant_message import ChatAssistantMessage  # noqa: PLC0415
        from ..models.chat_developer_message import ChatDeveloperMessage  # noqa: PLC0415
        from ..models.chat_named_tool_choice import ChatNamedToolChoice  # noqa: PLC0415
        from ..models.chat_response_format_json_object import (
            ChatResponseFormatJsonObject,  # noqa: PLC0415
        )
        from ..models.chat_response_format_json_schema import (
            ChatResponseFormatJsonSchema,  # noqa: PLC0415
        )
        from ..models.chat_response_format_text import ChatResponseFormatText  # noqa: PLC0415
        from ..models.chat_stream_options import ChatStreamOptions  # noqa: PLC0415
        from ..models.chat_system_message import ChatSystemMessage  # noqa: PLC0415
        from ..models.chat_tool import ChatTool  # noqa: PLC0415
        from ..models.chat_tool_message import ChatToolMessage  # noqa: PLC0415
        from ..models.chat_user_message import ChatUserMessage  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.mcp_servers import McpServers  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_0 = ChatSystemMessage.from_dict(data)

                    return componentsschemas_chat_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_1 = ChatDeveloperMessage.from_dict(data)

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = ChatUserMessage.from_dict(data)

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_3 = ChatAssistantMessage.from_dict(data)

                    return componentsschemas_chat_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_4 = ChatToolMessage.from_dict(data)

                return componentsschemas_chat_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        def _parse_logprobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        n = d.pop("n", UNSET)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        seed = d.pop("seed", UNSET)

        def _parse_response_format(
            data: object,
        ) -> ChatResponseFormatJsonObject | ChatResponseFormatJsonSchema | ChatResponseFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_0 = ChatResponseFormatText.from_dict(data)

                return componentsschemas_chat_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_1 = ChatResponseFormatJsonObject.from_dict(data)

                return componentsschemas_chat_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_response_format_type_2 = ChatResponseFormatJsonSchema.from_dict(data)

            return componentsschemas_chat_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatStreamOptions.from_dict(_stream_options)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatTool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(data: object) -> ChatNamedToolChoice | ChatToolChoiceMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = check_chat_tool_choice_mode(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_1 = ChatNamedToolChoice.from_dict(data)

            return tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        user = d.pop("user", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        session_id = d.pop("session_id", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        workflow = d.pop("workflow", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: JsonObject | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = JsonObject.from_dict(_variables)

        allowed_tools = cast(list[str], d.pop("allowed_tools", UNSET))

        setting_sources = cast(list[str], d.pop("setting_sources", UNSET))

        _mcp_servers = d.pop("mcp_servers", UNSET)
        mcp_servers: McpServers | Unset
        if isinstance(_mcp_servers, Unset):
            mcp_servers = UNSET
        else:
            mcp_servers = McpServers.from_dict(_mcp_servers)

        chat_completion_request = cls(
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            logprobs=logprobs,
            n=n,
            stop=stop,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            seed=seed,
            response_format=response_format,
            stream=stream,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            user=user,
            metadata=metadata,
            session_id=session_id,
            system_prompt=system_prompt,
            organization_id=organization_id,
            workflow=workflow,
            variables=variables,
            allowed_tools=allowed_tools,
            setting_sources=setting_sources,
            mcp_servers=mcp_servers,
        )

        return chat_completion_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletionRequest)
        decoded.model = data["model"]
        v_: Any = data["messages"]
        v_ = [_decode_messages_item(t_messages_item) for t_messages_item in v_]

        decoded.messages = v_
        if "temperature" in data:
            decoded.temperature = data["temperature"]
        else:
            decoded.temperature = UNSET
        if "top_p" in data:
            decoded.top_p = data["top_p"]
        else:
            decoded.top_p = UNSET
        if "max_tokens" in data:
            decoded.max_tokens = data["max_tokens"]
        else:
            decoded.max_tokens = UNSET
        if "max_completion_tokens" in data:
            decoded.max_completion_tokens = data["max_completion_tokens"]
        else:
            decoded.max_completion_tokens = UNSET
        if "logprobs" in data:
            decoded.logprobs = data["logprobs"]
        else:
            decoded.logprobs = UNSET
        if "n" in data:
            decoded.n = data["n"]
        else:
            decoded.n = UNSET
        if "stop" in data:
            v_ = data["stop"]
            v_ = _decode_stop(v_)

            decoded.stop = v_
        else:
            decoded.stop = UNSET
        if "presence_penalty" in data:
            decoded.presence_penalty = data["presence_penalty"]
        else:
            decoded.presence_penalty = UNSET
        if "frequency_penalty" in data:
            decoded.frequency_penalty = data["frequency_penalty"]
        else:
            decoded.frequency_penalty = UNSET
        if "seed" in data:
            decoded.seed = data["seed"]
        else:
            decoded.seed = UNSET
        if "response_format" in data:
            v_ = data["response_format"]
            v_ = _decode_response_format(v_)

            decoded.response_format = v_
        else:
            decoded.response_format = UNSET
        if "stream" in data:
            decoded.stream = data["stream"]
        else:
            decoded.stream = UNSET
        if "stream_options" in data:
            v_ = data["stream_options"]
            if v_.__class__ is dict:  # the nested model's decode, inline
                o_stream_options__ = new_object(_MODEL_ChatStreamOptions)
                if "include_usage" in v_:
                    o_stream_options__.include_usage = v_["include_usage"]
                else:
                    o_stream_options__.include_usage = UNSET

                v_ = o_stream_options__
            elif v_ is not UNSET:
                v_ = _MODEL_ChatStreamOptions.from_dict(v_)

            decoded.stream_options = v_
        else:
            decoded.stream_options = UNSET
        if "tools" in data:
            v_ = data["tools"]
            if v_.__class__ is list and len(v_) == 1 and (t_tools_item := v_[0]).__class__ is dict:  # one item, inline
                o_tools_item__ = new_object(_MODEL_ChatTool)
                v_tools_item__: Any = t_tools_item["type"]
                if v_tools_item__ != "function":
                    raise ValueError(f"type must match const 'function', got '{v_tools_item__}'")

                o_tools_item__.type = v_tools_item__
                v_tools_item__ = t_tools_item["function"]
                if v_tools_item__.__class__ is dict:  # the nested model's decode, inline
                    o_tools_item__function__ = new_object(_MODEL_FunctionDefinition)
                    o_tools_item__function__.name = v_tools_item__["name"]
                    if "description" in v_tools_item__:
                        o_tools_item__function__.description = v_tools_item__["description"]
                    else:
                        o_tools_item__function__.description = UNSET
                    if "parameters" in v_tools_item__:
                        v_tools_item__function__: Any = v_tools_item__["parameters"]
                        if (
                            v_tools_item__function__.__class__ is dict
                        ):  # the nested model's decode: a copy of the object
                            t_tools_item__function__parameters = new_object(_MODEL_JsonObject)
                            t_tools_item__function__parameters.additional_properties = v_tools_item__function__.copy()
                            v_tools_item__function__ = t_tools_item__function__parameters
                        elif v_tools_item__function__ is not UNSET:
                            v_tools_item__function__ = _MODEL_JsonObject.from_dict(v_tools_item__function__)

                        o_tools_item__function__.parameters = v_tools_item__function__
                    else:
                        o_tools_item__function__.parameters = UNSET
                    if "strict" in v_tools_item__:
                        o_tools_item__function__.strict = v_tools_item__["strict"]
                    else:
                        o_tools_item__function__.strict = UNSET

                    v_tools_item__ = o_tools_item__function__
                elif v_tools_item__ is not UNSET:
                    v_tools_item__ = _MODEL_FunctionDefinition.from_dict(v_tools_item__)

                o_tools_item__.function = v_tools_item__

                v_ = [o_tools_item__]
            elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
                t_tools_item__list: list[Any] = []
                t_tools_item__append = t_tools_item__list.append
                t_tools_item__paused = pause_gc(v_)
                try:
                    for t_tools_item in v_:
                        if t_tools_item.__class__ is dict:
                            o_tools_item__ = new_object(_MODEL_ChatTool)
                            v_tools_item__ = t_tools_item["type"]
                            if v_tools_item__ != "function":
                                raise ValueError(f"type must match const 'function', got '{v_tools_item__}'")

                            o_tools_item__.type = v_tools_item__
                            v_tools_item__ = t_tools_item["function"]
                            if v_tools_item__.__class__ is dict:  # the nested model's decode, inline
                                o_tools_item__function__ = new_object(_MODEL_FunctionDefinition)
                                o_tools_item__function__.name = v_tools_item__["name"]
                                if "description" in v_tools_item__:
                                    o_tools_item__function__.description = v_tools_item__["description"]
                                else:
                                    o_tools_item__function__.description = UNSET
                                if "parameters" in v_tools_item__:
                                    v_tools_item__function__ = v_tools_item__["parameters"]
                                    if (
                                        v_tools_item__function__.__class__ is dict
                                    ):  # the nested model's decode: a copy of the object
                                        t_tools_item__function__parameters = new_object(_MODEL_JsonObject)
                                        t_tools_item__function__parameters.additional_properties = (
                                            v_tools_item__function__.copy()
                                        )
                                        v_tools_item__function__ = t_tools_item__function__parameters
                                    elif v_tools_item__function__ is not UNSET:
                                        v_tools_item__function__ = _MODEL_JsonObject.from_dict(v_tools_item__function__)

                                    o_tools_item__function__.parameters = v_tools_item__function__
                                else:
                                    o_tools_item__function__.parameters = UNSET
                                if "strict" in v_tools_item__:
                                    o_tools_item__function__.strict = v_tools_item__["strict"]
                                else:
                                    o_tools_item__function__.strict = UNSET

                                v_tools_item__ = o_tools_item__function__
                            elif v_tools_item__ is not UNSET:
                                v_tools_item__ = _MODEL_FunctionDefinition.from_dict(v_tools_item__)

                            o_tools_item__.function = v_tools_item__

                            t_tools_item__append(o_tools_item__)
                        else:
                            t_tools_item__append(_MODEL_ChatTool.from_dict(t_tools_item))
                finally:
                    if t_tools_item__paused:
                        gc.enable()
                v_ = t_tools_item__list
            else:  # not a list: iterated, as from_dict does
                v_ = decode_list(v_, _MODEL_ChatTool)

            decoded.tools = v_
        else:
            decoded.tools = UNSET
        if "tool_choice" in data:
            v_ = data["tool_choice"]
            v_ = _decode_tool_choice(v_)

            decoded.tool_choice = v_
        else:
            decoded.tool_choice = UNSET
        if "parallel_tool_calls" in data:
            decoded.parallel_tool_calls = data["parallel_tool_calls"]
        else:
            decoded.parallel_tool_calls = UNSET
        if "user" in data:
            decoded.user = data["user"]
        else:
            decoded.user = UNSET
        if "metadata" in data:
            v_ = data["metadata"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_metadata = new_object(_MODEL_Metadata)
                t_metadata.additional_properties = v_.copy()
                v_ = t_metadata
            elif v_ is not UNSET:
                v_ = _MODEL_Metadata.from_dict(v_)

            decoded.metadata = v_
        else:
            decoded.metadata = UNSET
        if "session_id" in data:
            decoded.session_id = data["session_id"]
        else:
            decoded.session_id = UNSET
        if "system_prompt" in data:
            decoded.system_prompt = data["system_prompt"]
        else:
            decoded.system_prompt = UNSET
        if "organization_id" in data:
            decoded.organization_id = data["organization_id"]
        else:
            decoded.organization_id = UNSET
        if "workflow" in data:
            decoded.workflow = data["workflow"]
        else:
            decoded.workflow = UNSET
        if "variables" in data:
            v_ = data["variables"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_variables = new_object(_MODEL_JsonObject)
                t_variables.additional_properties = v_.copy()
                v_ = t_variables
            elif v_ is not UNSET:
                v_ = _MODEL_JsonObject.from_dict(v_)

            decoded.variables = v_
        else:
            decoded.variables = UNSET
        if "allowed_tools" in data:
            v_ = data["allowed_tools"]

            decoded.allowed_tools = v_
        else:
            decoded.allowed_tools = UNSET
        if "setting_sources" in data:
            v_ = data["setting_sources"]

            decoded.setting_sources = v_
        else:
            decoded.setting_sources = UNSET
        if "mcp_servers" in data:
            v_ = data["mcp_servers"]
            v_ = _MODEL_McpServers.decode(v_)

            decoded.mcp_servers = v_
        else:
            decoded.mcp_servers = UNSET

        return decoded  # type: ignore[return-value]  # T is ChatCompletionRequest here


def _decode_messages_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            v_componentsschemas_chat_message_type_0: Any = data
            v_componentsschemas_chat_message_type_0 = _MODEL_ChatSystemMessage.decode(
                v_componentsschemas_chat_message_type_0
            )

            return v_componentsschemas_chat_message_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_chat_message_type_1: Any = data
            v_componentsschemas_chat_message_type_1 = _MODEL_ChatDeveloperMessage.decode(
                v_componentsschemas_chat_message_type_1
            )

            return v_componentsschemas_chat_message_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_chat_message_type_2: Any = data
            v_componentsschemas_chat_message_type_2 = _MODEL_ChatUserMessage.decode(
                v_componentsschemas_chat_message_type_2
            )

            return v_componentsschemas_chat_message_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_chat_message_type_3: Any = data
            v_componentsschemas_chat_message_type_3 = _MODEL_ChatAssistantMessage.decode(
                v_componentsschemas_chat_message_type_3
            )

            return v_componentsschemas_chat_message_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_componentsschemas_chat_message_type_4: Any = data
    v_componentsschemas_chat_message_type_4 = _MODEL_ChatToolMessage.decode(v_componentsschemas_chat_message_type_4)

    return v_componentsschemas_chat_message_type_4


def _decode_stop(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, list):
        try:
            v_stop_type_1: Any = data

            return v_stop_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_response_format(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            v_componentsschemas_chat_response_format_type_0: Any = data
            v_componentsschemas_chat_response_format_type_0 = _MODEL_ChatResponseFormatText.decode(
                v_componentsschemas_chat_response_format_type_0
            )

            return v_componentsschemas_chat_response_format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_chat_response_format_type_1: Any = data
            v_componentsschemas_chat_response_format_type_1 = _MODEL_ChatResponseFormatJsonObject.decode(
                v_componentsschemas_chat_response_format_type_1
            )

            return v_componentsschemas_chat_response_format_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_componentsschemas_chat_response_format_type_2: Any = data
    v_componentsschemas_chat_response_format_type_2 = _MODEL_ChatResponseFormatJsonSchema.decode(
        v_componentsschemas_chat_response_format_type_2
    )

    return v_componentsschemas_chat_response_format_type_2


def _decode_tool_choice(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, str):
        try:
            v_tool_choice_type_0: Any = data
            if v_tool_choice_type_0 not in CHAT_TOOL_CHOICE_MODE_VALUES:
                v_tool_choice_type_0 = check_chat_tool_choice_mode(v_tool_choice_type_0)  # raises from_dict's TypeError

            return v_tool_choice_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_tool_choice_type_1: Any = data
    v_tool_choice_type_1 = _MODEL_ChatNamedToolChoice.decode(v_tool_choice_type_1)

    return v_tool_choice_type_1


_MODEL_ChatAssistantMessage: type[_models.ChatAssistantMessage]
_MODEL_ChatDeveloperMessage: type[_models.ChatDeveloperMessage]
_MODEL_ChatNamedToolChoice: type[_models.ChatNamedToolChoice]
_MODEL_ChatResponseFormatJsonObject: type[_models.ChatResponseFormatJsonObject]
_MODEL_ChatResponseFormatJsonSchema: type[_models.ChatResponseFormatJsonSchema]
_MODEL_ChatResponseFormatText: type[_models.ChatResponseFormatText]
_MODEL_ChatStreamOptions: type[_models.ChatStreamOptions]
_MODEL_ChatSystemMessage: type[_models.ChatSystemMessage]
_MODEL_ChatTool: type[_models.ChatTool]
_MODEL_ChatToolMessage: type[_models.ChatToolMessage]
_MODEL_ChatUserMessage: type[_models.ChatUserMessage]
_MODEL_FunctionDefinition: type[_models.FunctionDefinition]
_MODEL_JsonObject: type[_models.JsonObject]
_MODEL_McpServers: type[_models.McpServers]
_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global \
        _MODEL_ChatAssistantMessage, \
        _MODEL_ChatDeveloperMessage, \
        _MODEL_ChatNamedToolChoice, \
        _MODEL_ChatResponseFormatJsonObject, \
        _MODEL_ChatResponseFormatJsonSchema, \
        _MODEL_ChatResponseFormatText, \
        _MODEL_ChatStreamOptions, \
        _MODEL_ChatSystemMessage, \
        _MODEL_ChatTool, \
        _MODEL_ChatToolMessage, \
        _MODEL_ChatUserMessage, \
        _MODEL_FunctionDefinition, \
        _MODEL_JsonObject, \
        _MODEL_McpServers, \
        _MODEL_Metadata, \
        _linked
    _MODEL_ChatAssistantMessage = _models.ChatAssistantMessage
    _MODEL_ChatDeveloperMessage = _models.ChatDeveloperMessage
    _MODEL_ChatNamedToolChoice = _models.ChatNamedToolChoice
    _MODEL_ChatResponseFormatJsonObject = _models.ChatResponseFormatJsonObject
    _MODEL_ChatResponseFormatJsonSchema = _models.ChatResponseFormatJsonSchema
    _MODEL_ChatResponseFormatText = _models.ChatResponseFormatText
    _MODEL_ChatStreamOptions = _models.ChatStreamOptions
    _MODEL_ChatSystemMessage = _models.ChatSystemMessage
    _MODEL_ChatTool = _models.ChatTool
    _MODEL_ChatToolMessage = _models.ChatToolMessage
    _MODEL_ChatUserMessage = _models.ChatUserMessage
    _MODEL_FunctionDefinition = _models.FunctionDefinition
    _MODEL_JsonObject = _models.JsonObject
    _MODEL_McpServers = _models.McpServers
    _MODEL_Metadata = _models.Metadata
    _linked = True
